namespace TextPipeline.Ingestion;

/// <summary>The result of decoding an input's bytes: the text, the encoding used, and the first invalid UTF-8 byte (or -1).</summary>
internal sealed record DecodedText(string Text, string EncodingName, long FirstInvalidUtf8Byte);
