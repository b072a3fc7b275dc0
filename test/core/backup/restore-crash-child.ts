/**
 * A real restore process for the crash test: `node restore-crash-child.ts DATA BACKUP STEP` runs
 * the restore and SIGKILLs itself right after STEP, as a power cut would (no clean-up runs).
 */
import { DATABASE_FILE } from '../../../core/api/core.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';

const [dataDir, backupFile, killAt] = process.argv.slice(2);
restoreFrom(dataDir!, DATABASE_FILE, backupFile!, {
  onStep(step) {
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
console.log('restore finished without being killed');
