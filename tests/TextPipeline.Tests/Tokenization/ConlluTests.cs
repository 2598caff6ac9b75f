using TextPipeline.Tokenization;
using TextPipeline.Tokenization.Conllu;

namespace TextPipeline.Tests.Tokenization;

public sealed class ConlluTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s-1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Fact]
    public void Reader_keeps_multiword_tokens_and_space_after()
    {
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Sample)));
        Assert.Equal("s-1", sentence.SentId);
        Assert.True(sentence.NewDocument);
        Assert.Equal(["I", "don't", "know", "."], sentence.Tokens.Select(t => t.Form));
        Assert.Equal(5, sentence.Words.Count);
        Assert.Equal(2, sentence.Tokens[1].WordCount);
        Assert.False(sentence.Tokens[2].SpaceAfter);
    }

    [Fact]
    public void Gold_document_rebuilds_the_raw_text_with_spans()
    {
        var doc = GoldDocument.Build(ConlluReader.Read(new StringReader(Sample)).ToList());
        Assert.Equal("I don't know.", doc.Text);
        Assert.Equal(["I", "don't", "know", "."], doc.Tokens.Select(t => doc.Text.Substring(t.Start, t.Length)));
        Assert.Equal(5, doc.Words.Count);
    }

    [Fact]
    public void Conllu_to_conllu_keeps_forms_ranges_and_ids()
    {
        var output = new StringWriter();
        TextAnnotator.ConlluToConllu(new StringReader(Sample), output, TextAnalyzer.RulesOnly);
        var lines = output.ToString().Split('\n');
        Assert.Contains("# sent_id = s-1", lines);
        Assert.Contains(lines, l => l.StartsWith("2-3\tdon't\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4\tknow\tknow\t", StringComparison.Ordinal) && l.EndsWith("SpaceAfter=No", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_to_conllu_writes_sentences_with_space_after_and_ner_hook()
    {
        var output = new StringWriter();
        var analyzer = TextAnalyzer.RulesOnly;
        var document = analyzer.Analyze("Kim met Putin. They talked.");
        ConlluWriter.Write(output, document, "s", d => d.Tokens.Select(t => d.StringOf(t) == "Kim" ? "B-PER" : "O").ToArray());
        var text = output.ToString();
        Assert.Contains("# sent_id = s1\n# text = Kim met Putin.\n", text, StringComparison.Ordinal);
        Assert.Contains("1\tKim\tkim\tX\t_\t_\t_\t_\t_\tNER=B-PER\n", text, StringComparison.Ordinal);
        Assert.Contains("3\tPutin\tputin\tX\t_\t_\t_\t_\t_\tSpaceAfter=No\n", text, StringComparison.Ordinal);
        Assert.Contains("# sent_id = s2\n# text = They talked.\n", text, StringComparison.Ordinal);
    }
}
