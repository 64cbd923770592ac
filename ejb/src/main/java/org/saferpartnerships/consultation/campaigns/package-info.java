/**
 * Campaign responses: {@code CampaignService} groups a consultation's near-identical written
 * answers at a threshold (plain JDBC, batched), and {@code CampaignReader} reads the latest
 * grouping, its groups and their members with what each added.
 */
package org.saferpartnerships.consultation.campaigns;
