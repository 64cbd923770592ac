package org.saferpartnerships.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Area(String code, String name) {}

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsARecordComponentAndSaysSo() {
    ELContext context = context();

    assertThat(resolver.getValue(context, new Area("E22000013", "Cambridge"), "name"))
        .isEqualTo("Cambridge");
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(resolver.isReadOnly(context(), new Area("E22000013", "Cambridge"), "code")).isTrue();
  }

  @Test
  void leavesOtherObjectsAndUnknownComponentsToTheNextResolver() {
    ELContext context = context();

    assertThat(resolver.getValue(context, "not a record", "length")).isNull();
    assertThat(resolver.getValue(context, new Area("E22000013", "Cambridge"), "nameCy")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void refusesToWriteARecord() {
    assertThatThrownBy(
            () -> resolver.setValue(context(), new Area("E22000013", "Cambridge"), "name", "x"))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  /** A bare context: the resolver only records whether it resolved the property. */
  private static ELContext context() {
    return new ELContext() {
      @Override
      public jakarta.el.ELResolver getELResolver() {
        return null;
      }

      @Override
      public jakarta.el.FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public jakarta.el.VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
