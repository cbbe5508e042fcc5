package org.govdisclosure.extract.region;

/**
 * A county-level name and code of older data (九江县 360421) and the current county that took over its territory
 * (柴桑区 360404).
 */
public record CountyAlias(String oldCode, String oldName, String newCode) {}
