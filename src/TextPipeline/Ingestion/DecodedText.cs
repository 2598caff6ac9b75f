namespace TextPipeline.Ingestion;

/// <summary>
/// The result of decoding an input's bytes: the text, the encoding used, the first invalid UTF-8 byte when the whole
/// input was decoded as Windows-1252 instead (or -1), and how many bad byte sequences or NUL bytes were replaced with
/// U+FFFD while the rest was decoded as it is (<see cref="FirstReplacedChar"/>: where the first one is in the text, or -1).
/// </summary>
internal sealed record DecodedText(string Text, string EncodingName, long FirstInvalidUtf8Byte, int Replaced = 0, int FirstReplacedChar = -1);
