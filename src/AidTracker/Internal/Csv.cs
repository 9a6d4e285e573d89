namespace AidTracker.Internal;

/// <summary>A minimal RFC 4180 field splitter for the reference data files (quoted fields, doubled quotes).</summary>
internal static class Csv
{
    /// <summary>Splits one CSV line into <paramref name="fields"/> (cleared first).</summary>
    /// <returns><c>false</c> when a quoted field is not closed on the line.</returns>
    public static bool TrySplit(string line, List<string> fields)
    {
        fields.Clear();
        int i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var field = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return false;
                    }

                    char c = line[i++];
                    if (c == '"')
                    {
                        if (i < line.Length && line[i] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    field.Append(c);
                }

                fields.Add(field.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    return false;
                }
            }
            else
            {
                int comma = line.IndexOf(',', i);
                int end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // skip the comma
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return true;
            }
        }
    }
}
