package org.saferpartnerships.api.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.account.sessions.SessionRegistry;
import org.saferpartnerships.account.sessions.SessionView;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.workflow.notify.Delivery;
import org.saferpartnerships.workflow.notify.NotificationKind;
import org.saferpartnerships.workflow.notify.NotificationPreferences;

/** The caller's own account. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Accounts")
public class MyAccountResource {

  @EJB private AccountSelfService self;

  @EJB private AccountService accounts;

  @EJB private NotificationPreferences preferences;

  @EJB private SessionRegistry sessionRegistry;

  @Inject private CallerScope caller;

  @GET
  @Path("settings")
  @Operation(summary = "The caller's language and how they want each kind of notice by e-mail")
  public SettingsBody settings() {
    Map<String, String> notices = new LinkedHashMap<>();
    preferences.mine().forEach((kind, delivery) -> notices.put(kind.name(), delivery.name()));
    return new SettingsBody(accounts.preferredLanguage(caller.username()).orElse("en"), notices);
  }

  @PUT
  @Path("settings")
  @Operation(
      summary =
          "Change the caller's language (en or cy) and, per kind of notice, EMAIL (each one),"
              + " DIGEST (a daily summary) or NONE")
  public SettingsBody change(SettingsBody body) {
    Params.required(body);
    Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
    if (body.notifications() != null) {
      body.notifications()
          .forEach(
              (kind, delivery) ->
                  choices.put(
                      Enums.parse(NotificationKind.class, "notifications", kind),
                      Enums.parse(Delivery.class, "notifications", delivery)));
    }
    if (body.language() != null) {
      if (!"en".equals(body.language()) && !"cy".equals(body.language())) {
        throw new InvalidParameterException("language", body.language());
      }
      accounts.chooseLanguage(caller.username(), body.language());
    }
    preferences.choose(choices);
    return settings();
  }

  @GET
  @Path("sessions")
  @Operation(summary = "The browsers signed in to the caller's account in the last 30 minutes")
  public java.util.List<SessionView> sessions() {
    return sessionRegistry.of(caller.username(), null);
  }

  @POST
  @Path("sessions/end")
  @Operation(summary = "Sign the caller's account out of every browser")
  public Map<String, Integer> endSessions() {
    return Map.of("ended", sessionRegistry.endOthers(caller.username(), null, caller.username()));
  }

  @POST
  @Path("password")
  @Operation(summary = "Change the caller's password; the current one is required")
  public Response changePassword(PasswordBody body) {
    Params.required(body);
    self.changePassword(body.current(), body.password(), body.repeat());
    return Response.noContent().build();
  }
}
