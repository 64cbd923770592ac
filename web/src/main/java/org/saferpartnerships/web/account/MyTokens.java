package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.account.apitokens.PersonalAccessTokens;
import org.saferpartnerships.account.apitokens.TokenCreated;
import org.saferpartnerships.account.apitokens.TokenRequest;
import org.saferpartnerships.account.apitokens.TokenView;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * account/tokens.xhtml: the person's tokens for the API, making one (shown once, to copy) and
 * revoking one.
 */
@Named
@ViewScoped
public class MyTokens implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The lives a token may be given on the page; the API takes any number of days up to a year. */
  public static final List<Integer> DAYS = List.of(7, 30, 90, 180, 365);

  @EJB private transient PersonalAccessTokens tokens;

  private List<TokenView> list;
  private String name;
  private int days = 90;
  private TokenCreated created;

  public List<TokenView> getList() {
    if (list == null) {
      list = tokens.mine();
    }
    return list;
  }

  @ShowsRefusal("tokens:name")
  public String create() {
    created = tokens.create(new TokenRequest(name, days));
    name = null;
    list = null;
    return null;
  }

  @ShowsRefusal
  public String revoke(long id) {
    tokens.revoke(id);
    created = null;
    list = null;
    return null;
  }

  public List<Integer> getDayChoices() {
    return DAYS;
  }

  public TokenCreated getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
