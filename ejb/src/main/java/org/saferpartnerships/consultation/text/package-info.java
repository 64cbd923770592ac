/**
 * The text work of consultations, free of the container: the features of an answer (Lucene's
 * English analyzer and word pairs), the theme classifiers trained on human coding (OpenNLP maximum
 * entropy, one a theme), their measured precision, recall and F1 against a held-back part of that
 * coding beside a most-frequent-themes baseline, the telling of Welsh answers (OpenNLP's language
 * detector) and the grouping of campaign and near-duplicate answers.
 */
package org.saferpartnerships.consultation.text;
