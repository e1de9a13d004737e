package org.senim.contracts.codes;

/** Whether the victim is a citizen of Kazakhstan. */
public enum VictimNationality {

	KZ, FOREIGN, UNKNOWN;

}
