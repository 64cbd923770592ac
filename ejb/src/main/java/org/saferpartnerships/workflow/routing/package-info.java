/**
 * Where work goes: routing rules kept as versioned data, the table that picks a target body for a
 * request, what every recommendation that travels as a work item records ({@code
 * RoutedRecommendation}), and the hand-over of open work when the body holding PCC functions
 * changes.
 */
package org.saferpartnerships.workflow.routing;
