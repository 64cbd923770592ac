package org.saferpartnerships.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page action whose refusals are shown on the page rather than caught by hand: a service's
 * refusal, or the broken rules of its input, becomes a message at the field named (or at the top of
 * the page), nothing changes, and the page is shown again with what the user typed. See {@link
 * RefusalInterceptor}. Only for actions returning an outcome or nothing.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ShowsRefusal {

  /** The client id of the field the message belongs to; empty: the page as a whole. */
  @Nonbinding
  String value() default "";
}
