/** A year still to come, for classes that must not have ended yet (the 끝난 교육반 rule). */
export const Y = new Date().getFullYear() + 1;
