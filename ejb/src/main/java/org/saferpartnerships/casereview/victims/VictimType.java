package org.saferpartnerships.casereview.victims;

/** Who suffered the behaviour: the Act lets a person, a business or a community group apply. */
public enum VictimType {
  PERSON,
  BUSINESS,
  COMMUNITY_GROUP
}
