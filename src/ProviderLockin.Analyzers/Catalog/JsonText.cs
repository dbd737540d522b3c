using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProviderLockin.Analyzers.Catalog;

/// <summary>
/// A small JSON reader for the model catalogue and users' <c>*.models.json</c> files. An analyzer cannot count on
/// System.Text.Json being loadable in every host (Visual Studio runs analyzers on .NET Framework), so this reads the
/// plain subset those files use: objects, arrays, strings, numbers, true, false, null. Objects become
/// <see cref="Dictionary{TKey, TValue}"/>, arrays <see cref="List{T}"/>, numbers <see cref="double"/>; each object
/// remembers the line it starts on so problems can point at it.
/// </summary>
internal static class JsonText
{
    /// <summary>Parses <paramref name="text"/>; on malformed input returns false with a message naming line and column.</summary>
    public static bool TryParse(string text, out object? value, out string error)
    {
        var reader = new Reader(text);
        try
        {
            reader.SkipSpace();
            value = reader.ReadValue(0);
            reader.SkipSpace();
            if (!reader.AtEnd)
            {
                throw reader.Fail("unexpected text after the end of the document");
            }

            error = string.Empty;
            return true;
        }
        catch (FormatException exception)
        {
            value = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>A JSON object with the 1-based line its opening brace is on.</summary>
    internal sealed class JsonObject : Dictionary<string, object?>
    {
        public JsonObject(int line)
            : base(StringComparer.Ordinal)
        {
            Line = line;
        }

        public int Line { get; }

        public string? GetString(string key) => TryGetValue(key, out var value) ? value as string : null;
    }

    private sealed class Reader
    {
        // Deep enough for any catalogue; bounded so a hostile file cannot exhaust the stack.
        private const int MaxDepth = 64;

        private readonly string _text;
        private int _at;

        public Reader(string text)
        {
            _text = text;
        }

        public bool AtEnd => _at >= _text.Length;

        public object? ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Fail("nested too deeply");
            }

            if (AtEnd)
            {
                throw Fail("unexpected end of the document");
            }

            switch (_text[_at])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    Expect("true");
                    return true;
                case 'f':
                    Expect("false");
                    return false;
                case 'n':
                    Expect("null");
                    return null;
                default:
                    return ReadNumber();
            }
        }

        private JsonObject ReadObject(int depth)
        {
            var result = new JsonObject(LineAt(_at));
            _at++;
            SkipSpace();
            if (Peek('}'))
            {
                _at++;
                return result;
            }

            while (true)
            {
                SkipSpace();
                if (AtEnd || _text[_at] != '"')
                {
                    throw Fail("expected a property name in double quotes");
                }

                var key = ReadString();
                SkipSpace();
                Require(':');
                SkipSpace();
                result[key] = ReadValue(depth + 1);
                SkipSpace();
                if (Peek(','))
                {
                    _at++;
                    continue;
                }

                Require('}');
                return result;
            }
        }

        private List<object?> ReadArray(int depth)
        {
            var result = new List<object?>();
            _at++;
            SkipSpace();
            if (Peek(']'))
            {
                _at++;
                return result;
            }

            while (true)
            {
                SkipSpace();
                result.Add(ReadValue(depth + 1));
                SkipSpace();
                if (Peek(','))
                {
                    _at++;
                    continue;
                }

                Require(']');
                return result;
            }
        }

        private string ReadString()
        {
            _at++;
            var builder = new StringBuilder();
            while (!AtEnd)
            {
                var c = _text[_at++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    if (c < ' ')
                    {
                        throw Fail("a line break or control character inside a string");
                    }

                    builder.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    break;
                }

                var escaped = _text[_at++];
                switch (escaped)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u' when _at + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _at += 4;
                        break;
                    default:
                        throw Fail("an unknown escape sequence in a string");
                }
            }

            throw Fail("a string is not closed");
        }

        private double ReadNumber()
        {
            var start = _at;
            while (!AtEnd && _text[_at] is (>= '0' and <= '9') or '-' or '+' or '.' or 'e' or 'E')
            {
                _at++;
            }

            if (_at > start && double.TryParse(_text.Substring(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            _at = start;
            throw Fail("expected a value (an object, array, string, number, true, false or null)");
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
            {
                throw Fail("expected a value (an object, array, string, number, true, false or null)");
            }

            _at += word.Length;
        }

        private bool Peek(char c) => !AtEnd && _text[_at] == c;

        private void Require(char c)
        {
            if (!Peek(c))
            {
                throw Fail("expected '" + c + "'");
            }

            _at++;
        }

        public void SkipSpace()
        {
            while (!AtEnd && _text[_at] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                _at++;
            }
        }

        // Positions only move forward, so lines are counted once over the whole text.
        private int _countedTo;
        private int _countedLines = 1;

        private int LineAt(int position)
        {
            for (; _countedTo < position && _countedTo < _text.Length; _countedTo++)
            {
                if (_text[_countedTo] == '\n')
                {
                    _countedLines++;
                }
            }

            return _countedLines;
        }

        public FormatException Fail(string message)
        {
            var line = LineAt(_at);
            var lineStart = _at > 0 ? _text.LastIndexOf('\n', Math.Min(_at, _text.Length) - 1) + 1 : 0;
            return new FormatException("line " + line.ToString(CultureInfo.InvariantCulture) + ", column "
                + (_at - lineStart + 1).ToString(CultureInfo.InvariantCulture) + ": " + message);
        }
    }
}
