/**
 * What a policing body does with the partnerships it holds to account (Police Reform and Social
 * Responsibility Act 2011; DOMAIN.md): report requests (s7), crime and disorder grants (s9),
 * meetings (reg 14A), police and crime priorities aligned with partnership plans, the dashboards of
 * a force area, and the reports published for the public. It reads submissions; submissions never
 * read it, and ask it what they may answer through the {@code SubmissionPurposes} it implements
 * here ({@code SubmissionLinks}).
 */
package org.saferpartnerships.accountability;
