using TextPipeline.Tokenization;

namespace TextPipeline.Entities.Recognition;

/// <summary>IOB2 tags per token of a tokenized document, sentence by sentence (the CoNLL-U writer's NER hook).</summary>
internal static class DocumentNerTagger
{
    public static string[] Tag(NerModel model, Document document)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(document);
        var tags = new string[document.Tokens.Length];
        Array.Fill(tags, "O");
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            var words = new string[tokens.Length];
            var pos = new string[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                words[i] = document.StringOf(tokens[i]);
                pos[i] = tokens[i].Pos.ToString();
            }
            var sentenceTags = NerTagger.TagSentence(model, words, pos);
            sentenceTags.CopyTo(tags, sentence.FirstToken);
        }
        return tags;
    }
}
