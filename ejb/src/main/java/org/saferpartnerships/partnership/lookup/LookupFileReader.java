package org.saferpartnerships.partnership.lookup;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.saferpartnerships.platform.files.Sha256;

/**
 * Reads an ONS LAD to CSP to PFA lookup file whole, or rejects it with every problem found. It
 * accepts the shapes real files come in: year-suffixed or renamed column names in any order with
 * extra columns (FID, ObjectId) ignored, comma or semicolon delimiters, CRLF line ends, a leading
 * byte-order mark, UTF-8 or (as Excel saves it) Windows-1252.
 */
public final class LookupFileReader {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;
  static final int MAX_PROBLEMS = 1_000;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public LookupFile read(String fileName, byte[] content) {
    if (content.length == 0) {
      throw LookupRejectedException.of(LookupProblem.at(0, "file.empty"));
    }
    if (content.length > MAX_BYTES) {
      throw LookupRejectedException.of(
          LookupProblem.at(0, "file.tooLarge", content.length, MAX_BYTES));
    }
    String text = decode(content);
    if (text.indexOf('\0') >= 0) {
      throw LookupRejectedException.of(LookupProblem.at(0, "file.notText"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<ParsedRecord> records = parse(text);
    if (records.isEmpty()) {
      throw LookupRejectedException.of(LookupProblem.at(0, "file.empty"));
    }
    ParsedRecord header = records.get(0);
    LookupColumns.Result columns = LookupColumns.detect(header.values());
    if (!columns.problems().isEmpty()) {
      throw new LookupRejectedException(columns.problems());
    }
    List<ParsedRecord> data = records.subList(1, records.size());
    if (data.isEmpty()) {
      throw LookupRejectedException.of(LookupProblem.at(0, "file.noRows"));
    }
    if (data.size() > MAX_ROWS) {
      throw LookupRejectedException.of(LookupProblem.at(0, "file.tooManyRows", MAX_ROWS));
    }
    LookupChecks checks = new LookupChecks(columns.columns());
    data.forEach(record -> checks.check(record.line(), record.values()));
    List<LookupProblem> problems = checks.problems();
    if (!problems.isEmpty()) {
      throw new LookupRejectedException(capped(problems));
    }
    List<LookupRow> rows = checks.rows();
    return new LookupFile(
        fileName, columns.columns().year(), rows, checks.counts(), contentHash(rows));
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, WINDOWS_1252);
    }
  }

  private record ParsedRecord(int line, List<String> values) {}

  private static List<ParsedRecord> parse(String text) {
    LineIndex lines = new LineIndex(text);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true).get();
    List<ParsedRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      try {
        for (CSVRecord record : parser) {
          records.add(
              new ParsedRecord(
                  lines.lineAt(record.getCharacterPosition()),
                  StreamSupport.stream(record.spliterator(), false).toList()));
        }
      } catch (UncheckedIOException malformed) {
        int line = (int) parser.getCurrentLineNumber();
        throw LookupRejectedException.of(
            LookupProblem.at(Math.max(line, 1), "file.malformed", rootMessage(malformed)));
      }
    } catch (IOException unreadable) {
      throw LookupRejectedException.of(LookupProblem.at(0, "file.notText"));
    }
    return records;
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }

  /** The delimiter the header line uses most: ONS files use commas, Excel in some locales ";". */
  static char delimiterOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  private static List<LookupProblem> capped(List<LookupProblem> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return problems;
    }
    List<LookupProblem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
    shown.add(LookupProblem.at(0, "file.tooManyProblems", problems.size() - MAX_PROBLEMS));
    return shown;
  }

  private static String contentHash(List<LookupRow> rows) {
    List<String> canonical =
        rows.stream()
            .map(
                row ->
                    String.join(
                        "\u001f",
                        row.ladCode(),
                        row.ladName(),
                        row.cspCode(),
                        row.cspName(),
                        String.valueOf(row.cspNameCy()),
                        row.pfaCode(),
                        row.pfaName()))
            .sorted()
            .toList();
    return Sha256.hex(String.join("\n", canonical));
  }

  /** Maps a character position in the text to its one-based line number. */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> found = new ArrayList<>();
      found.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          found.add(i + 1);
        }
      }
      starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineAt(long position) {
      int found = Arrays.binarySearch(starts, (int) position);
      return found >= 0 ? found + 1 : -found - 1;
    }
  }
}
