/**
 * The data return to the Home Secretary (Crime and Policing Act 2026): the statutory case review
 * figures and the reviews by policing bodies, per partnership and quarter of a financial year, in
 * the column layout an administrator sets ({@code DataReturnLayout}), with each partnership's
 * quarters checked against the year counted on its own ({@code DataReturnService}).
 */
package org.saferpartnerships.casereview.returns;
