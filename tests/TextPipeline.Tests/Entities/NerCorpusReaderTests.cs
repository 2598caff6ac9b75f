using TextPipeline.Entities.Training;

namespace TextPipeline.Tests.Entities;

public sealed class NerCorpusReaderTests
{
    [Fact]
    public void Conll2003_iob1_is_read_as_iob2()
    {
        string[] lines =
        [
            "-DOCSTART- -X- -X- O",
            "",
            "EU NNP B-NP I-ORG",
            "rejects VBZ B-VP O",
            "German JJ B-NP I-MISC",
            "call NN I-NP O",
            "Peter NNP B-NP I-PER",
            "Blackburn NNP I-NP I-PER",
            "Paris NNP B-NP I-LOC",
            "London NNP I-NP B-LOC",
            "",
        ];
        var s = Assert.Single(NerCorpusReader.Read(lines));
        Assert.Equal(["EU", "rejects", "German", "call", "Peter", "Blackburn", "Paris", "London"], s.Words);
        Assert.Equal(["B-ORG", "O", "B-MISC", "O", "B-PER", "I-PER", "B-LOC", "B-LOC"], s.Tags!);
    }

    [Fact]
    public void Uner_layout_reads_the_third_column_and_maps_the_other_class_to_MISC()
    {
        string[] lines =
        [
            "# sent_id = x-0001",
            "# text = where is tampa bay",
            "1\twhere\tO\t-\t-",
            "2\tis\tB-O",
            "3\ttampa\tB-LOC\t-\tstephen",
            "4\tbay\tI-LOC\t-\tstephen",
            "5\tXbox\tB-OTH\t-\t-",
            "",
        ];
        var s = Assert.Single(NerCorpusReader.Read(lines));
        Assert.Equal(["where", "is", "tampa", "bay", "Xbox"], s.Words);
        // The draft's OTH ("other" names) is MISC; a PER/ORG/LOC model learns it as O, as the draft's NOTICE asks.
        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "B-MISC"], s.Tags!);
        Assert.Equal(0, new TextPipeline.Entities.Recognition.NerLabels(["PER", "ORG", "LOC"]).IndexOf(s.Tags![4]));
    }

    [Fact]
    public void Dataset_type_names_are_mapped_as_the_notices_say()
    {
        Assert.Equal(["B-PER", "I-PER", "B-ORG", "O", "B-LOC"], NerCorpusReader.ToIob2(["B-politician", "I-politician", "B-politicalparty", "B-election", "I-country"]));
    }

    [Fact]
    public void Replacing_the_tag_keeps_every_other_byte()
    {
        var conll = "Peter NNP B-NP I-PER";
        Assert.Equal("Peter NNP B-NP B-PER", ConllLine.ReplaceTag(conll, ConllLine.Parse(conll), "B-PER"));
        var uner = "3\ttampa\tB-LOC\t-\tstephen";
        Assert.Equal("3\ttampa\tO\t-\tstephen", ConllLine.ReplaceTag(uner, ConllLine.Parse(uner), "O"));
    }

    [Fact]
    public void Evaluation_counts_exact_spans_and_types_like_conlleval()
    {
        var evaluation = new NerEvaluation(["PER", "ORG", "LOC"]);
        evaluation.Add(["B-PER", "I-PER", "O", "B-LOC", "B-MISC"], ["B-PER", "I-PER", "O", "B-ORG", "O"]);
        evaluation.Add(["B-ORG", "I-ORG"], ["B-ORG", "O"]);
        var overall = evaluation.Overall;
        Assert.Equal(3, overall.Gold); // MISC removed from gold
        Assert.Equal(3, overall.Predicted);
        Assert.Equal(1, overall.Correct);
        Assert.Equal(1.0 / 3, overall.F1, 6);
    }
}
