/** Builds every repository and service over one open database: the core's object graph. */
import type { Db } from '../db/open.ts';
import { clippingsRepository } from '../clippings/repository.ts';
import { clippingsService } from '../clippings/service.ts';
import { releasesRepository } from '../releases/repository.ts';
import { releasesService } from '../releases/service.ts';
import { codesRepository } from '../settings/codes-repository.ts';
import { settingsRepository } from '../settings/settings-repository.ts';
import { viewsRepository } from '../settings/views-repository.ts';
import { layoutRepository } from '../settings/layout-repository.ts';
import { attachmentsService } from '../attachments/service.ts';
import { historyRepository } from '../records/history-repository.ts';
import { registerKernel } from '../records/register-kernel.ts';
import { flatRegisters, flatStores } from '../records/flat-registers.ts';
import { resolveReleaseRef } from '../releases/release-ref.ts';
import { trainingRules } from '../training/rules.ts';
import { trainingDerived } from '../training/derived.ts';
import { accessLogRepository } from '../personal/access-log.ts';
import { fieldCrypto, fileKeyProvider, type KeyProvider } from '../personal/field-crypto.ts';
import { useFieldCrypto } from '../personal/at-rest.ts';
import { sealPlaintextSensitive } from '../personal/seal-plaintext.ts';

export function buildServices(db: Db, dataDir: string, keyProvider: KeyProvider = fileKeyProvider(dataDir)) {
  // Every store seals sensitive fields with this key (personal/at-rest.ts); values left in plaintext by migration 010 are sealed now.
  const crypto = fieldCrypto(keyProvider);
  useFieldCrypto(db, crypto);
  sealPlaintextSensitive(db);
  const codes = codesRepository(db);
  const releasesRepo = releasesRepository(db);
  const clippingsRepo = clippingsRepository(db);
  const attachments = attachmentsService(db, dataDir);
  // The flat registers (정보화교육 …) come from the register list: no line here names one.
  const flatRegisterStores = flatStores(db);
  const registerStores = { clippings: clippingsRepo.store, releases: releasesRepo.store, ...flatRegisterStores };
  const kernel = { ...registerKernel(db, registerStores, { releases: (text, onOrBefore) => resolveReleaseRef(releasesRepo, text, onOrBefore) }, trainingRules(flatRegisterStores)), codes };
  const history = historyRepository(db);
  return {
    db,
    dataDir,
    codes,
    settings: settingsRepository(db),
    views: viewsRepository(db),
    layouts: layoutRepository(db),
    history,
    /** 접속기록: append-only (personal/access-log.ts). */
    accessLog: accessLogRepository(db),
    /** Sensitive fields at rest; the key is read (or made) on first use only. */
    fieldCrypto: crypto,
    attachments,
    kernel,
    releases: { repo: releasesRepo, service: releasesService(db, releasesRepo, kernel) },
    clippings: { repo: clippingsRepo, service: clippingsService(db, clippingsRepo, codes, kernel) },
    /** Every flat register of the list, by name: store, reads and service. */
    flat: flatRegisters(db, flatRegisterStores, kernel, trainingDerived(db, flatRegisterStores)),
    /** Every synced record store by name: registers, the code lists and attachment rows (undo, sync, 확인할 항목). */
    stores: { ...registerStores, codes: codes.store, attachments: attachments.store },
  };
}

export type Services = ReturnType<typeof buildServices>;
