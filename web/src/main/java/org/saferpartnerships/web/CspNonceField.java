package org.saferpartnerships.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes the page's script nonce into every form as a hidden field, so that a form sent back passes
 * PrimeFaces' Content-Security-Policy check whether or not the page ran PrimeFaces' script (which
 * adds the same field, but only on pages that load it, and only in a browser running scripts).
 * Without it, a form on a page with no PrimeFaces component, or sent without scripts, was refused
 * as a nonce mismatch. Added before each rendering as a transient child of each form.
 */
public class CspNonceField extends UIComponentBase {

  static final String ID = "spCspNonce";

  /** The name PrimeFaces reads the nonce from. */
  static final String PARAMETER = "primefaces.nonce";

  public CspNonceField() {
    setId(ID);
  }

  @Override
  public String getFamily() {
    return "org.saferpartnerships.CspNonce";
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("input", this);
    writer.writeAttribute("type", "hidden", null);
    writer.writeAttribute("name", PARAMETER, null);
    writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
    writer.endElement("input");
  }

  /** Adds the field to every form of the view about to be rendered. */
  public static class Adder implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
      FacesContext context = FacesContext.getCurrentInstance();
      UIViewRoot root = (UIViewRoot) event.getSource();
      root.visitTree(
          VisitContext.createVisitContext(context),
          (visit, component) -> {
            if (component instanceof UIForm form && !hasField(form)) {
              form.getChildren().add(new CspNonceField());
            }
            return VisitResult.ACCEPT;
          });
    }

    private static boolean hasField(UIForm form) {
      for (UIComponent child : form.getChildren()) {
        if (child instanceof CspNonceField) {
          return true;
        }
      }
      return false;
    }
  }
}
