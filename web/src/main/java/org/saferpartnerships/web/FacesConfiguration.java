package org.saferpartnerships.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces 4 with CDI for EL resolution, converters and validators. */
@FacesConfig
@ApplicationScoped
public class FacesConfiguration {}
