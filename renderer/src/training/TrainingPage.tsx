/**
 * 정보화교육 page: a tab per register (과정, 교육장, 교육반, 수강생, 수강신청, 강사), each the generic
 * register workspace built from its definition. A 교육반's form shows its 회차, 수강신청 and 출석
 * as child grids. Only the open tab is mounted (one workspace at a time, its own grid state).
 */
import { useState } from 'react';
import type { RecordMeta, RegisterName } from '../../../shared/domain/register.ts';
import { FLAT_REGISTERS, type FlatRegisterName } from '../../../shared/domain/registers.ts';
import { asSpec } from '../../../shared/registers/define.ts';
import { RegisterWorkspace, type RegisterPageConfig } from '../common/grid/RegisterWorkspace.tsx';
import { definitionColumns } from '../common/registerFields/registerColumns.ts';
import { bulkFieldsFromSpec } from '../common/bulkFields.ts';
import { ChildGrid } from '../common/children/ChildGrid.tsx';
import { childColumns } from '../common/children/childColumns.ts';
import { useChildRows } from '../common/children/useChildRows.ts';
import { childrenOf, flatOps } from './flatOps.ts';
import { FlatRecordForm, type ChildTab } from './FlatRecordForm.tsx';
import { DestroyButton } from './DestroyDialog.tsx';
import { ClassPrintButtons } from './ClassPrintButtons.tsx';
import { ChildAddDialog } from '../common/children/ChildAddDialog.tsx';
import { notifyChanged } from '../app/dataBus.ts';
import { childPreset } from './childPreset.ts';

type Row = RecordMeta & Record<string, unknown>;

const TABS: Array<{ name: FlatRegisterName; label: string; search: string }> = [
  { name: 'courses', label: '과정', search: '과정명·설명 검색 (Ctrl+F)' },
  { name: 'venues', label: '교육장', search: '교육장명·주소 검색 (Ctrl+F)' },
  { name: 'classes', label: '교육반', search: '반 이름·강사·강의실 검색 (Ctrl+F)' },
  { name: 'trainees', label: '수강생', search: '이름·주소 검색 (Ctrl+F)' },
  { name: 'enrolments', label: '수강신청', search: '상태·비고 검색 (Ctrl+F)' },
  { name: 'instructors', label: '강사', search: '이름·소속·분야 검색 (Ctrl+F)' },
];

/** Every training register's change can alter what another shows (links by name, cascades). */
const FAMILY: RegisterName[] = ['courses', 'venues', 'classes', 'sessions', 'trainees', 'enrolments', 'attendance', 'instructors'];

function ClassChildren({ register, field, parentId, parentName, keys, label, empty }: { register: FlatRegisterName; field: string; parentId: string; parentName: string; keys: string[]; label: string; empty: string }) {
  const spec = asSpec(FLAT_REGISTERS[register] as never);
  const [version, setVersion] = useState(0);
  const [adding, setAdding] = useState(false);
  const { rows, error } = useChildRows(() => childrenOf<Row>(register, field, parentId), [register, field, parentId, version]);
  return (
    <>
      <ChildGrid rows={rows} error={error} columns={childColumns<Row>(spec, keys)} testId={`class-${register}`} childLabel={label} emptyText={empty} onAdd={() => setAdding(true)} />
      {adding && (
        <ChildAddDialog
          spec={spec}
          schema={FLAT_REGISTERS[register].valuesSchema}
          keys={keys}
          preset={childPreset(register, field, parentId)}
          parentName={parentName}
          create={(values) => flatOps<Row>(register).create(values)}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            setVersion((v) => v + 1);
            notifyChanged([register], register);
          }}
        />
      )}
    </>
  );
}

/** 출석 of a class: the attendance rows of its sessions. */
function ClassAttendance({ classId }: { classId: string }) {
  const spec = asSpec(FLAT_REGISTERS.attendance as never);
  const { rows, error } = useChildRows(async () => {
    const sessions = new Set((await childrenOf<Row>('sessions', 'classId', classId)).map((s) => s.id));
    return (await flatOps<Row>('attendance').list()).filter((a) => sessions.has(String(a.sessionId)));
  }, [classId]);
  return <ChildGrid rows={rows} error={error} columns={childColumns<Row>(spec, ['sessionId', 'enrolmentId', 'mark'])} testId="class-attendance" childLabel="출석" emptyText="이 반의 출석 기록이 아직 없습니다." />;
}

const CHILDREN: Partial<Record<FlatRegisterName, readonly ChildTab[]>> = {
  classes: [
    { id: 'enrolments', label: '수강생', render: (id, cls) => <ClassChildren register="enrolments" field="classId" parentId={id} parentName={String(cls.name ?? '')} keys={['traineeId', 'appliedAt', 'status', 'note']} label="수강신청" empty="이 반에 수강신청이 아직 없습니다." /> },
    { id: 'sessions', label: '회차', render: (id, cls) => <ClassChildren register="sessions" field="classId" parentId={id} parentName={String(cls.name ?? '')} keys={['heldOn', 'startsAt', 'endsAt', 'room', 'topic']} label="회차" empty="이 반의 회차가 아직 없습니다." /> },
    { id: 'attendance', label: '출석', render: (id) => <ClassAttendance classId={id} /> },
  ],
};

function configFor(name: FlatRegisterName, label: string, search: string): RegisterPageConfig<Row> {
  const def = FLAT_REGISTERS[name];
  const spec = asSpec(def as never);
  const ops = flatOps<Row>(name);
  return {
    ops,
    spec,
    columnDefs: definitionColumns<Row>(spec),
    bulkFields: bulkFieldsFromSpec(spec, ops),
    dependsOn: FAMILY,
    affects: FAMILY.filter((r) => r !== name),
    searchPlaceholder: search,
    newLabel: `새 ${label}`,
    renderDetail: (p) => <FlatRecordForm {...p} spec={spec} schema={def.valuesSchema} ops={ops} newTitle={`새 ${def.label}`} children={CHILDREN[name]} actions={name === 'classes' ? (id) => <ClassPrintButtons classId={id} /> : undefined} />,
  };
}

const CONFIGS = Object.fromEntries(TABS.map((t) => [t.name, configFor(t.name, t.label, t.search)])) as Record<FlatRegisterName, RegisterPageConfig<Row>>;

export function TrainingPage({ active }: { active: boolean }) {
  const [tab, setTab] = useState<FlatRegisterName>('classes');
  // A 파기 remounts the workspace so the grid shows the erased rows.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="register-tabs-page">
      <div className="tabs" role="tablist" data-testid="training-tabs">
        {TABS.map((t) => (
          <button key={t.name} type="button" role="tab" aria-selected={tab === t.name} className={tab === t.name ? 'tab active' : 'tab'} data-testid={`training-tab-${t.name}`} onClick={() => setTab(t.name)}>
            {t.label}
          </button>
        ))}
        {(tab === 'trainees' || tab === 'instructors') && <DestroyButton register={tab} onDestroyed={() => setGeneration((g) => g + 1)} />}
      </div>
      <RegisterWorkspace key={`${tab}-${generation}`} config={CONFIGS[tab]} active={active} />
    </div>
  );
}
