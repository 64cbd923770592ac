/**
 * The ASB case review (Anti-social Behaviour, Crime and Policing Act 2014 s104, Schedule 4;
 * DOMAIN.md section 4): the case, in one table but read in parts ({@code VictimDetails}, {@code
 * ApplicantDetails}, {@code ThresholdRecord}, {@code ReviewMeeting}, {@code Escalation}), its
 * application, the service and repository for cases, who may see a case and the audit of each view,
 * and the statutory figures. Complaints, the threshold, risk, letters, victims, retention, the
 * review after the threshold and the data return each have their own package below.
 */
package org.saferpartnerships.casereview;
