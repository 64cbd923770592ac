package org.saferpartnerships.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyGuardTest {

  enum Colour {
    RED,
    GREEN
  }

  record Answer(Long questionId, List<Long> optionIds, String text) {}

  record Body(
      String name,
      Boolean hateRelated,
      Long version,
      Integer score,
      LocalDate on,
      Colour colour,
      List<Answer> answers) {}

  record Primitive(int status) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":[",
        "{\"a\":{",
        "{\"a\":[[[[",
        "{\"a\":[1,2",
        "[",
        "{",
        "{\"name\":\"x\",\"unknown\":{\"b\":[{"
      })
  void unclosedJsonIsRefusedAtOnceInsteadOfLoopingForever(String body) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> JsonBodyGuard.parse(body))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).key())
                .isIn("body.truncated", "body.malformed"));
  }

  @Test
  void brokenJsonIsRefusedWithItsPosition() {
    assertThatThrownBy(() -> JsonBodyGuard.parse("{\"a\": nope}"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("body.malformed");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "[".repeat(JsonBodyGuard.MAX_DEPTH + 1) + "]".repeat(JsonBodyGuard.MAX_DEPTH + 1);
    assertThatThrownBy(() -> JsonBodyGuard.parse(deep)).hasMessageContaining("body.tooDeep");
    String allowed = "[".repeat(JsonBodyGuard.MAX_DEPTH) + "]".repeat(JsonBodyGuard.MAX_DEPTH);
    assertThat(JsonBodyGuard.parse(allowed).getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
  }

  @Test
  void aWellFormedBodyOfTheRightShapePasses() {
    JsonValue value =
        JsonBodyGuard.parse(
            "{\"name\":\"Siân ŵ 🙂\",\"hateRelated\":true,\"version\":3,\"score\":-2,"
                + "\"on\":\"2026-11-02\",\"colour\":\"RED\","
                + "\"answers\":[{\"questionId\":1,\"optionIds\":[2,3],\"text\":\"a\\nb\\tc\"}]}");
    JsonShape.check(value, Body.class);
  }

  @Test
  void nullsAndMissingFieldsAreLeftToTheServicesRules() {
    JsonShape.check(JsonBodyGuard.parse("{\"name\":null}"), Body.class);
    JsonShape.check(JsonBodyGuard.parse("{}"), Body.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"hateRelated\":\"yes\"}|hateRelated|body.expectedBoolean",
        "{\"hateRelated\":1}|hateRelated|body.expectedBoolean",
        "{\"version\":\"abc\"}|version|body.expectedWhole",
        "{\"version\":1.5}|version|body.expectedWhole",
        "{\"score\":3000000000}|score|body.numberOutOfRange",
        "{\"name\":{}}|name|body.expectedText",
        "{\"name\":[\"a\"]}|name|body.expectedText",
        "{\"name\":5}|name|body.expectedText",
        "{\"on\":\"2026-13-01\"}|on|body.expectedDate",
        "{\"colour\":\"BLUE\"}|colour|body.expectedOneOf",
        "{\"answers\":{}}|answers|body.expectedArray",
        "{\"answers\":[{\"optionIds\":[1,\"two\"]}]}|answers[0].optionIds[1]|body.expectedWhole",
        "{\"answers\":[{\"other\":1}]}|answers[0].other|body.unknownField",
        "{\"nmae\":\"typo\"}|nmae|body.unknownField",
        "[1]|body|body.expectedObject",
        "\"text\"|body|body.expectedObject"
      })
  void aBodyOfTheWrongShapeIsRefusedNamingTheField(String example) {
    String[] parts = example.split("\\|");
    assertThatThrownBy(() -> JsonShape.check(JsonBodyGuard.parse(parts[0]), Body.class))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            refused -> {
              assertThat(refused.field()).isEqualTo(parts[1]);
              assertThat(refused.key()).isEqualTo(parts[2]);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"A\\u0000Victim\"}",
        "{\"name\":\"A\\ud800Victim\"}",
        "{\"name\":\"A\\udc00\"}",
        "{\"name\":\"bell\\u0007\"}",
        "{\"answers\":[{\"text\":\"\\u001b[31m\"}]}"
      })
  void controlCharactersAndLoneSurrogatesAreRefusedAnywhere(String body) {
    assertThatThrownBy(() -> JsonShape.check(JsonBodyGuard.parse(body), Body.class))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            refused -> assertThat(refused.key()).isEqualTo("body.forbiddenCharacter"));
    assertThatThrownBy(() -> JsonShape.check(JsonBodyGuard.parse(body), JsonValue.class))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void aPrimitiveFieldMayBeLeftOutButNotNull() {
    JsonShape.check(JsonBodyGuard.parse("{}"), Primitive.class);
    assertThatThrownBy(
            () -> JsonShape.check(JsonBodyGuard.parse("{\"status\":null}"), Primitive.class))
        .hasMessageContaining("body.required");
  }

  @Test
  void aDeclaredOrActualBodyOverTheLimitIsTooLarge() throws Exception {
    assertThatThrownBy(() -> BoundedBody.refuseDeclaredOver("1500000000", 1024))
        .isInstanceOf(PayloadTooLargeException.class);
    assertThatThrownBy(() -> BoundedBody.refuseDeclaredOver("lots", 1024))
        .isInstanceOf(InvalidParameterException.class);
    BoundedBody.refuseDeclaredOver(null, 1024);
    assertThatThrownBy(
            () -> BoundedBody.read(new java.io.ByteArrayInputStream(new byte[1025]), 1024))
        .isInstanceOf(PayloadTooLargeException.class);
    assertThat(BoundedBody.read(new java.io.ByteArrayInputStream(new byte[1024]), 1024))
        .hasSize(1024);
  }
}
