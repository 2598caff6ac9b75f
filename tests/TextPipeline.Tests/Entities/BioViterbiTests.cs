using CsCheck;
using TextPipeline.Entities.Recognition;

namespace TextPipeline.Tests.Entities;

public sealed class BioViterbiTests
{
    [Fact]
    public void Decoding_never_emits_an_inside_tag_without_its_begin()
    {
        var labels = new NerLabels(["PER", "ORG", "LOC"]);
        var c = labels.Count;
        Gen.Float[-20f, 0f].Array[c, c * 40].Sample(scores =>
        {
            var n = scores.Length / c;
            var result = new int[n];
            BioViterbi.Decode(scores.AsSpan(0, n * c), c, result);
            for (var i = 0; i < n; i++)
            {
                if (!NerLabels.IsInside(result[i])) continue;
                Assert.True(i > 0, "I- at sentence start");
                Assert.Equal(NerLabels.TypeOf(result[i]), NerLabels.TypeOf(result[i - 1]));
            }
        }, iter: 2000);
    }

    [Fact]
    public void An_inside_tag_that_wins_locally_is_repaired_into_a_valid_entity()
    {
        // Token 0 prefers O, token 1 strongly prefers I-PER: the best valid path is B-PER I-PER or O B-PER.
        float[] scores =
        [
            -0.5f, -1.0f, -9f, -9f, -9f, -9f, -9f,
            -5f, -4f, -0.1f, -9f, -9f, -9f, -9f,
        ];
        var result = new int[2];
        BioViterbi.Decode(scores, 7, result);
        Assert.Equal([1, 2], result); // B-PER I-PER: -1.1 beats O B-PER: -4.5
    }

    [Fact]
    public void Greedy_choice_is_kept_when_it_is_valid()
    {
        float[] scores = [-0.1f, -3f, -3f, -3f, -3f, -3f, -3f];
        var result = new int[1];
        BioViterbi.Decode(scores, 7, result);
        Assert.Equal(0, result[0]);
    }
}
