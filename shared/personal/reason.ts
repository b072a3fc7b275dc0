/**
 * The one sentence that refuses a reveal, export or print of personal data without a reason: the
 * core's handlers and the contract's schemas (training prints) say it alike, so a clerk reads the
 * same words whichever boundary caught the missing reason.
 */
export const reasonRequiredMessage = (what: string) => `${what} 사유를 적어 주세요. 개인정보를 다루는 일은 사유와 함께 접속기록에 남습니다.`;
