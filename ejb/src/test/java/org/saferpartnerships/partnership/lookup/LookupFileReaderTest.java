package org.saferpartnerships.partnership.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LookupFileReaderTest {

  private static final Path TEST_DATA = Path.of("src/test/resources/data");
  private static final Path SHIPPED = Path.of("../db/src/main/resources/db/reference");
  private static final String HEADER_19 = "FID,LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n";

  private final LookupFileReader reader = new LookupFileReader();

  @Test
  void readsTheShipped2024LookupWithItsRenamedColumns() throws IOException {
    LookupFile file = read(SHIPPED.resolve("lookup_ltla24_csp24_pfa24.csv"));

    assertThat(file.referenceYear()).isEqualTo(2024);
    assertThat(file.counts().rows()).isEqualTo(332);
    assertThat(file.counts().lads()).isEqualTo(318);
    assertThat(file.counts().csps()).isEqualTo(314);
    assertThat(file.counts().pfas()).isEqualTo(43);
    assertThat(file.rows())
        .filteredOn(row -> row.ladCode().equals("E06000058"))
        .extracting(LookupRow::ladName)
        .containsOnly("Bournemouth, Christchurch and Poole");
  }

  @Test
  void readsThePristineOns2019LookupWithYearSuffixedColumnsAndAnFidColumn() throws IOException {
    LookupFile file = read(TEST_DATA.resolve("LAD19_CSP19_PFA19_EW_LU_ons-lookups-194.csv"));

    assertThat(file.referenceYear()).isEqualTo(2019);
    assertThat(file.counts().rows()).isEqualTo(342);
    assertThat(file.counts().lads()).isEqualTo(339);
    assertThat(file.counts().csps()).isEqualTo(314);
    assertThat(file.rows())
        .filteredOn(row -> row.ladCode().equals("E07000008"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.cspCode()).isEqualTo("E22000013");
              assertThat(row.pfaCode()).isEqualTo("E23000023");
              assertThat(row.line()).isEqualTo(119);
            });
  }

  @Test
  void readsSemicolonsCrlfAndAByteOrderMarkWithRenamedHeaders() {
    String text =
        "\uFEFFlad-code;lad-name;csp-code;csp-name;PFA21CD;PFA21NM\r\n"
            + "E07000008;Cambridge;E22000013;Cambridge;E23000023;Cambridgeshire\r\n"
            + "W06000015;Cardiff;W14000015;Cardiff;W15000003;South Wales\r\n";

    LookupFile file = reader.read("lad_to_csp.csv", text.getBytes(StandardCharsets.UTF_8));

    assertThat(file.referenceYear()).isEqualTo(2021);
    assertThat(file.rows())
        .extracting(LookupRow::ladCode)
        .containsExactly("E07000008", "W06000015");
    assertThat(file.rows()).extracting(LookupRow::line).containsExactly(2, 3);
    assertThat(file.rows().get(1).pfaName()).isEqualTo("South Wales");
  }

  @Test
  void readsWelshNamesAndWindows1252Text() {
    String text =
        "LAD19CD,LAD19NM,CSP19CD,CSP19NM,CSP19NMW,PFA19CD,PFA19NM\n"
            + "W06000001,Isle of Anglesey,W14000001,Isle of Anglesey,Ynys Môn,W15000001,North Wales\n";

    LookupFile file = reader.read("cp1252.csv", text.getBytes(Charset.forName("windows-1252")));

    assertThat(file.rows().get(0).cspNameCy()).isEqualTo("Ynys Môn");
  }

  @Test
  void theSameDataWithOtherLineEndsAndDelimiterHasTheSameContentHash() {
    String comma =
        HEADER_19 + "1,E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n";
    String semicolon = comma.replace(',', ';').replace("\n", "\r\n").replace("FID;", "ObjectId;");

    assertThat(reader.read("a.csv", bytes(comma)).contentSha256())
        .isEqualTo(reader.read("b.csv", bytes(semicolon)).contentSha256());
  }

  @Test
  void lowerCaseCodesAreReadAsTheirUpperCaseForm() {
    String text =
        HEADER_19 + "1,e07000008,Cambridge,e22000013,Cambridge,e23000023,Cambridgeshire\n";

    assertThat(reader.read("lower.csv", bytes(text)).rows().get(0).cspCode())
        .isEqualTo("E22000013");
  }

  @Test
  void aBadCodeIsRejectedWithItsLine() {
    String text =
        HEADER_19
            + "1,E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n"
            + "2,E0700009,Huntingdonshire,E22000014,Huntingdonshire,E23000023,Cambridgeshire\n"
            + "3,E07000010,Fenland,E23000015,Fenland,E23000023,Cambridgeshire\n";

    assertThat(problems(text))
        .containsExactly(
            "3: ‘E0700009’ is not valid as the council (LAD) code: expected one of E06, E07, E08, E09, W06 followed by six digits.",
            "4: ‘E23000015’ is not valid as the CSP code: expected one of E22, W14 followed by six digits.");
  }

  @Test
  void aMissingColumnIsRejectedNamingTheColumnAndAnExample() {
    String text =
        "LAD19CD,LAD19NM,CSP19NM,PFA19CD,PFA19NM\nE07000008,Cambridge,Cambridge,E23000023,Cambridgeshire\n";

    assertThat(problems(text))
        .containsExactly(
            "1: There is no column for the CSP code. Expected a header such as CSP24CD, csp24_code.");
  }

  @Test
  void aDuplicateRowIsRejectedPointingAtTheFirst() {
    String row = "E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n";
    String text = "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n" + row + row;

    assertThat(problems(text))
        .containsExactly("3: This row repeats council E07000008 and CSP E22000013 from line 2.");
  }

  @Test
  void aCspInTwoForceAreasIsRejected() {
    String text =
        "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n"
            + "E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n"
            + "E07000012,South Cambridgeshire,E22000013,Cambridge,E23000026,Bedfordshire\n";

    assertThat(problems(text))
        .containsExactly(
            "3: CSP E22000013 is placed in force area E23000026 here but in E23000023 at line 2; a CSP sits in exactly one police force area.");
  }

  @Test
  void everyProblemIsListedNotJustTheFirst() {
    String text =
        "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n"
            + "E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n"
            + "E07000009,,E22000014,Huntingdonshire,E23000023,Cambridgeshire\n"
            + "W06000015,Cardiff,E22000099,Cardiff,W15000003,South Wales\n"
            + "E07000010,Fenland,E22000015,Fenland,E23000023\n"
            + "E07000011,Cambridge,E22000013,Cambridge City,E23000023,Cambridgeshire\n";

    assertThat(problems(text))
        .containsExactly(
            "3: The value for the council (LAD) name is empty.",
            "4: Council W06000015, CSP E22000099 and force area W15000003 are not all in the same country.",
            "5: This row has 5 values but the header has 6.",
            "6: E22000013 is named ‘Cambridge City’ here but ‘Cambridge’ at line 2.");
  }

  @Test
  void aBadCodeInOneColumnDoesNotHideTheRowsOtherProblems() {
    String text =
        "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n"
            + "E0700008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n"
            + "E07000009,Huntingdonshire,E22000013,Cambridge,E23000026,Bedfordshire\n";

    assertThat(problems(text))
        .containsExactly(
            "2: ‘E0700008’ is not valid as the council (LAD) code: expected one of E06, E07, E08, E09, W06 followed by six digits.",
            "3: CSP E22000013 is placed in force area E23000026 here but in E23000023 at line 2; a CSP sits in exactly one police force area.");
  }

  @Test
  void columnsNamingDifferentYearsAreRejected() {
    String text =
        "LAD19CD,LAD19NM,CSP18CD,CSP18NM,PFA19CD,PFA19NM\nE07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n";

    assertThat(problems(text))
        .containsExactly(
            "1: The column names give different years ([18, 19]); a lookup describes one year.");
  }

  @Test
  void twoColumnsForOneFieldAreRejected() {
    String text = "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM,csp19_code\n";

    assertThat(problems(text))
        .containsExactly("1: There are two columns for the CSP code: ‘CSP19CD’ and ‘csp19_code’.");
  }

  @Test
  void emptyFilesHeaderOnlyFilesAndBinaryFilesAreRejected() {
    assertThat(problems("")).containsExactly("0: The file is empty.");
    assertThat(problems("\n\n")).containsExactly("0: The file is empty.");
    assertThat(problems("LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n"))
        .containsExactly("0: The file has a header row but no data rows.");
    assertThatThrownBy(() -> reader.read("x.xlsx", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0}))
        .isInstanceOfSatisfying(
            LookupRejectedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(LookupProblem::key)
                    .containsExactly("file.notText"));
  }

  @Test
  void anUnclosedQuoteIsRejectedWithTheLineWhereReadingStopped() {
    String text =
        "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n"
            + "E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n"
            + "E07000009,\"Huntingdonshire,E22000014,Huntingdonshire,E23000023,Cambridgeshire\n";

    assertThatThrownBy(() -> reader.read("bad.csv", bytes(text)))
        .isInstanceOfSatisfying(
            LookupRejectedException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .extracting(LookupProblem::key)
                  .isEqualTo("file.malformed");
              assertThat(e.problems().get(0).line()).isGreaterThanOrEqualTo(3);
            });
  }

  @Test
  void anOversizedFileIsRejectedBeforeItIsRead() {
    byte[] huge = new byte[LookupFileReader.MAX_BYTES + 1];

    assertThat(problemsOf(huge))
        .containsExactly(
            "0: The file is 5242881 bytes; the largest lookup file accepted is 5242880 bytes.");
  }

  @Test
  void problemsAreGivenInWelsh() {
    String row = "E07000008,Cambridge,E22000013,Cambridge,E23000023,Cambridgeshire\n";
    String text = "LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM\n" + row + row;

    assertThatThrownBy(() -> reader.read("dup.csv", bytes(text)))
        .isInstanceOfSatisfying(
            LookupRejectedException.class,
            e ->
                assertThat(e.problems().get(0).message(Locale.forLanguageTag("cy")))
                    .isEqualTo(
                        "Mae’r rhes hon yn ailadrodd y cyngor E07000008 a’r PDC E22000013 o linell 2."));
  }

  @Test
  void everyMessageKeyHasAWelshTranslation() {
    var english = LookupProblem.bundle(Locale.ENGLISH);
    var welsh = LookupProblem.bundle(Locale.forLanguageTag("cy"));

    assertThat(welsh.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    assertThat(welsh.getLocale().getLanguage()).isEqualTo("cy");
  }

  private LookupFile read(Path path) throws IOException {
    return reader.read(path.getFileName().toString(), Files.readAllBytes(path));
  }

  private List<String> problems(String text) {
    return problemsOf(bytes(text));
  }

  private List<String> problemsOf(byte[] content) {
    try {
      reader.read("test.csv", content);
    } catch (LookupRejectedException e) {
      return e.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
    }
    throw new AssertionError("the file was accepted");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
