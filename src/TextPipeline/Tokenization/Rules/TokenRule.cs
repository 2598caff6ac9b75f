namespace TextPipeline.Tokenization.Rules;

/// <summary>Which tokenizer rule produced a token: the <c>explain</c> view prints it.</summary>
public enum TokenRule : byte
{
    /// <summary>A whitespace-delimited chunk (or what remained of it) that no rule split.</summary>
    Whole = 0,
    Prefix,
    Suffix,
    Infix,
    /// <summary>
    /// A later word of one written token (UD multiword token): a clitic peeled off the end of a word (<c>n't</c>,
    /// <c>'s</c>, <c>'re</c>, <c>'ll</c>, <c>'ve</c>, <c>'m</c>, <c>'d</c>) or the second part of a special split (<c>not</c> of <c>cannot</c>).
    /// </summary>
    Clitic,
    /// <summary>A special case: an abbreviation or a contraction split (<c>do</c> + <c>n't</c>).</summary>
    Special,
    Url,
    Email,
    Handle,
    Hashtag,
    Number,
    Emoji,
}
