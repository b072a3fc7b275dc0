export const USAGE = `구데스크(GuDesk) 명령줄

사용법: npx gudesk [--data-dir 폴더] 명령 [인수…]

  init                                데이터 폴더와 데이터베이스를 준비합니다
  seed-demo [--rows N]                빈 데이터 폴더에 예시 데이터를 넣습니다 (기본 3000건)
  registers [--json]                  대장 이름과 가져오기/내보내기 열 제목
  import 대장 파일 [--dry-run]         CSV/XLSX 가져오기 (--dry-run: 미리보기만)
  export 대장 --out 파일               CSV 또는 XLSX(.xlsx)로 내보내기
  list 대장 [--json]                   목록
  get 대장 ID [--json]                 한 건 보기
  add 대장 필드=값 …                   추가 (새 ID를 출력합니다)
  set 대장 ID 필드=값 …                수정
  delete 대장 ID                       삭제 (앱에서 되돌릴 수 있습니다)
  search 대장 검색어 [--json]          검색 (한두 글자 검색어도 됩니다)
  stats --list [--json]               통계 이름과 묶음 기준 (언론보도 건수, 보도자료 배포 건수, 기사화 실적)
  stats 이름 [--from 날짜] [--to 날짜] [--by 묶음[,묶음]] [--json]
                                      통계 표 (예: --by 민선기,매체구분; 날짜는 2024.9.2 형식도 됩니다)
  backup --out 파일 [--passphrase-file 암호파일]
                                      데이터 폴더 전체를 파일 하나로 백업 (암호파일: 백업을 그 암호로 암호화)
  restore 파일 [--passphrase-file 암호파일]
                                      백업으로 되돌리기 (GuDesk 창·브라우저 모드를 닫고 실행하세요)
  login --server 주소 --user 아이디 --password-stdin
                                      동기화 서버에 로그인 (비밀번호는 표준 입력으로)
  sync [--verify] [--json]            지금 동기화 (보낸 건수와 받은 건수를 출력; --verify: 서버와 검증)
  sync-status [--json]                동기화 상태 (마지막 동기화, 보내지 않은 변경, 충돌)
  logout                              동기화 서버에서 로그아웃 (자료는 남습니다)
  access-log [--from 날짜 --to 날짜] [--json]
                                      접속기록(개인정보 열람·마스킹 해제·내보내기·인쇄) 보기, 최근 것부터
  personal destroy --due [--dry-run] [--register trainees] --reason 사유
  personal destroy --id ID [--id ID …] --register trainees --reason 사유
                                      개인정보 파기: 보유 기간이 지난 기록 전부, 또는 고른 기록 (--dry-run: 대상만 보기)
  training print attendance|certificates|roster --class 반이름 --out 파일.pdf --reason 사유
                                      교육반의 출석부·수료증·수강생 명단 PDF (어느 인쇄나 --reason 필수,
                                      접속기록에 남음; --real-names: 실명 출석부; --include-passing: 수료 가능도 수료증)
  report council --year 연도 [--type 보고|계획|진행] [--session "제214회 …"] [--session-period "2019. 6. 12. ~ 6. 25."]
         [--as-of 기준일] [--format pdf|docx] --out 파일
                                      구의회 주요업무 보고 (부서 현황·주요사업·통계로 만듦; 고칠 점은 따로 알림)

대장: clippings (언론보도), releases (보도자료), courses·classes·trainees·enrolments… (정보화교육), profiles·projects… (구의회 보고) — 모두 보기: npx gudesk registers
필드 이름은 내보내기 파일의 열 제목입니다 (예: 보도일자, 매체명, 제목). --json은 한 줄에 JSON 하나를 출력합니다.
데이터 폴더: --data-dir, 없으면 GUDESK_DATA_DIR, 없으면 사용자 앱 데이터 폴더(GuDesk).

예) npx gudesk stats clippings --from 2024.1.1 --to 2024.12.31 --by 매체구분
    npx gudesk add clippings 보도일자=2024.9.2 매체명=연합뉴스 제목="금천구, 디지털 교육 확대"`;
