using k8s;
using k8s.Models;
using TextPipeline.Cli;

namespace TextPipeline.Cli.Tests.Deploy;

/// <summary>
/// The Kubernetes recipe (deploy/kubernetes) checked offline, as no cluster runs here: each manifest reads strictly
/// (unknown fields fail) into the Kubernetes API's typed models, the Jobs are wired to each other and to the shared
/// volume, and the container arguments parse with this tool's own command line.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static string Deploy(params string[] parts)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "TextPipeline.sln"))) return Path.Combine([d.FullName, "deploy", .. parts]);
        }
        throw new InvalidOperationException("repository root not found");
    }

    private static T Load<T>(string file) => KubernetesYaml.Deserialize<T>(File.ReadAllText(Deploy("kubernetes", file)), strict: true);

    private static V1Container Only(V1Job job) => Assert.Single(job.Spec.Template.Spec.Containers);

    private static string ValueAfter(IList<string> args, string option)
    {
        var at = args.IndexOf(option);
        Assert.True(at >= 0 && at + 1 < args.Count, $"{option} is not given a value in [{string.Join(' ', args)}]");
        return args[at + 1];
    }

    [Fact]
    public void The_shards_are_an_indexed_job_whose_count_matches_its_completions_and_whose_pods_retry_alone()
    {
        var job = Load<V1Job>("shards-job.yaml");
        Assert.Equal(("batch/v1", "Job"), (job.ApiVersion, job.Kind));
        Assert.Equal("Indexed", job.Spec.CompletionMode);
        var args = Only(job).Args;
        Assert.Equal("run", args[0]);
        Assert.Equal("auto", ValueAfter(args, "--shard"));
        Assert.Equal(job.Spec.Completions.ToString(), ValueAfter(args, "--shard-count"));
        Assert.True(job.Spec.BackoffLimitPerIndex > 0);
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
        // The input folder exists only on the cluster's volume: every other check of the command line must pass here.
        Assert.Equal(["Input not found: '/data/input'."], Program.CreateRootCommand().Parse([.. args]).Errors.Select(e => e.Message));
    }

    [Fact]
    public void The_merge_reads_the_shards_partials_and_state_from_the_same_volume()
    {
        var shards = Load<V1Job>("shards-job.yaml");
        var merge = Load<V1Job>("merge-job.yaml");
        var claim = Load<V1PersistentVolumeClaim>("storage.yaml");
        Assert.Contains("ReadWriteMany", claim.Spec.AccessModes);
        foreach (var job in new[] { shards, merge })
        {
            var volume = Assert.Single(job.Spec.Template.Spec.Volumes);
            Assert.Equal(claim.Metadata.Name, volume.PersistentVolumeClaim.ClaimName);
            var mount = Assert.Single(Only(job).VolumeMounts);
            Assert.Equal(volume.Name, mount.Name);
            Assert.Equal(Only(shards).Image, Only(job).Image);
        }
        var shardArgs = Only(shards).Args;
        var mergeArgs = Only(merge).Args;
        Assert.Equal("merge", mergeArgs[0]);
        Assert.Equal(ValueAfter(shardArgs, "--out"), mergeArgs[1]);
        Assert.Equal(ValueAfter(shardArgs, "--state"), ValueAfter(mergeArgs, "--state"));
        var mountPath = Only(merge).VolumeMounts[0].MountPath;
        Assert.All(new[] { mergeArgs[1], ValueAfter(mergeArgs, "--out"), ValueAfter(mergeArgs, "--state") },
            path => Assert.StartsWith(mountPath + "/", path, StringComparison.Ordinal));
        Assert.Empty(Program.CreateRootCommand().Parse([.. mergeArgs]).Errors);
        // Missing or inconsistent partials (exit code 3) fail the Job at once instead of being retried.
        var rule = Assert.Single(merge.Spec.PodFailurePolicy.Rules);
        Assert.Equal("FailJob", rule.Action);
        Assert.Equal([3], rule.OnExitCodes.Values);
    }

    [Fact]
    public void A_misspelled_field_is_caught_by_the_strict_reading()
    {
        var yaml = File.ReadAllText(Deploy("kubernetes", "shards-job.yaml")).Replace("completionMode:", "completionMod:", StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => KubernetesYaml.Deserialize<V1Job>(yaml, strict: true));
    }

    [Fact]
    public void The_container_build_publishes_the_tool_and_runs_it()
    {
        var dockerfile = File.ReadAllLines(Deploy("Dockerfile")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Contains(dockerfile, l => l.StartsWith("RUN dotnet publish src/TextPipeline.Cli", StringComparison.Ordinal));
        Assert.Equal(2, dockerfile.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"/app/textpipeline.dll\"]", dockerfile);
    }
}
