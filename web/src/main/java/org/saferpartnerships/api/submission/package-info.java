/**
 * The API of submissions and their review, with the request bodies the accountability resources
 * share ({@code SubmissionBodies}).
 */
package org.saferpartnerships.api.submission;
