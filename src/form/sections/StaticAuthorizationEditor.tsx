import { Button, Checkbox, FormGroup, Grid, GridItem, Stack, Title } from '@patternfly/react-core';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useState } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { splitList } from '../../tempostack/form/form-text';
import type {
  RoleBindingFields,
  RoleFields,
  SubjectFields,
} from '../../tempostack/form/form-types';
import { FieldMessages } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { RemovableItemCard } from '../fields/RemovableItemCard';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';

const namesOf = (subjects: readonly SubjectFields[], kind: SubjectFields['kind']): string =>
  subjects
    .filter((s) => s.kind === kind)
    .map((s) => s.name)
    .join(', ');

/** A comma-separated list input that keeps what is typed (a trailing comma) while it parses. */
const ListField = ({
  field,
  label,
  value,
  onChange,
  helperText,
}: {
  field: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  helperText: string;
}) => {
  const [text, setText] = useState(value);
  const shown = splitList(text).join(', ') === value ? text : value;
  return (
    <TextField
      field={field}
      label={label}
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(next);
      }}
      helperText={helperText}
    />
  );
};

/** Static mode: the roles (what on which tenants) and who has them. */
export const StaticAuthorizationEditor = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, messagesFor } = useFormContext();
  const { roles, roleBindings } = state.values.tenancy;
  const setRoles = (next: RoleFields[]) => dispatch({ type: 'tenancy', patch: { roles: next } });
  const setBindings = (next: RoleBindingFields[]) =>
    dispatch({ type: 'tenancy', patch: { roleBindings: next } });
  const updateRole = (i: number, patch: Partial<RoleFields>) =>
    setRoles(roles.map((role, j) => (j === i ? { ...role, ...patch } : role)));
  const updateBinding = (i: number, patch: Partial<RoleBindingFields>) =>
    setBindings(roleBindings.map((binding, j) => (j === i ? { ...binding, ...patch } : binding)));
  const subjectsFor = (
    binding: RoleBindingFields,
    kind: SubjectFields['kind'],
    text: string,
  ): SubjectFields[] => [
    ...(kind === 'user'
      ? splitList(text).map((name) => ({ kind, name }))
      : binding.subjects.filter((s) => s.kind === 'user')),
    ...(kind === 'group'
      ? splitList(text).map((name) => ({ kind, name }))
      : binding.subjects.filter((s) => s.kind === 'group')),
  ];
  return (
    <Stack hasGutter>
      <Title headingLevel="h3" size="md">
        {t('Roles')}
      </Title>
      {roles.map((role, i) => (
        <RemovableItemCard
          key={i}
          dataTest={`tenancy.roles.${i}`}
          title={role.name || t('Role {{index}}', { index: i + 1 })}
          removeLabel={t('Remove role {{name}}', { name: role.name || i + 1 })}
          onRemove={() => setRoles(roles.filter((_, j) => j !== i))}
        >
          <Grid hasGutter md={4}>
            <GridItem>
              <TextField
                field={`tenancy.roles.${i}.name`}
                label={t('Role name')}
                isRequired
                value={role.name}
                onChange={(name) => updateRole(i, { name })}
              />
            </GridItem>
            <GridItem>
              <TextField
                field={`tenancy.roles.${i}.resources`}
                label={t('Resources')}
                value={role.resources}
                placeholder="traces"
                onChange={(resources) => updateRole(i, { resources })}
                helperText={t('Comma-separated, e.g. traces.')}
              />
            </GridItem>
            <GridItem>
              <TextField
                field={`tenancy.roles.${i}.tenants`}
                label={t('Tenants')}
                value={role.tenants}
                onChange={(tenants) => updateRole(i, { tenants })}
                helperText={t('Comma-separated tenant names.')}
              />
            </GridItem>
          </Grid>
          <FormGroup
            role="group"
            isInline
            fieldId={fieldDomId(`tenancy.roles.${i}.read`)}
            label={t('Permissions')}
          >
            <Checkbox
              id={fieldDomId(`tenancy.roles.${i}.read`)}
              label={t('Read')}
              isChecked={role.read}
              onChange={(_e, read) => updateRole(i, { read })}
            />
            <Checkbox
              id={fieldDomId(`tenancy.roles.${i}.write`)}
              label={t('Write')}
              isChecked={role.write}
              onChange={(_e, write) => updateRole(i, { write })}
            />
          </FormGroup>
          <FieldMessages
            field={`tenancy.roles.${i}`}
            messages={messagesFor(`tenancy.roles.${i}`)}
          />
        </RemovableItemCard>
      ))}
      <div>
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          onClick={() =>
            setRoles([
              ...roles,
              { name: '', resources: 'traces', tenants: '', read: true, write: false },
            ])
          }
        >
          {t('Add role')}
        </Button>
      </div>
      <Title headingLevel="h3" size="md">
        {t('Role bindings')}
      </Title>
      {roleBindings.map((binding, i) => (
        <RemovableItemCard
          key={i}
          dataTest={`tenancy.roleBindings.${i}`}
          title={binding.name || t('Role binding {{index}}', { index: i + 1 })}
          removeLabel={t('Remove role binding {{name}}', { name: binding.name || i + 1 })}
          onRemove={() => setBindings(roleBindings.filter((_, j) => j !== i))}
        >
          <Grid hasGutter md={6}>
            <GridItem>
              <TextField
                field={`tenancy.roleBindings.${i}.name`}
                label={t('Binding name')}
                isRequired
                value={binding.name}
                onChange={(name) => updateBinding(i, { name })}
              />
            </GridItem>
            <GridItem>
              <TextField
                field={`tenancy.roleBindings.${i}.roles`}
                label={t('Roles')}
                value={binding.roles}
                onChange={(rolesText) => updateBinding(i, { roles: rolesText })}
                helperText={t('Comma-separated role names.')}
              />
            </GridItem>
            <GridItem>
              <ListField
                field={`tenancy.roleBindings.${i}.users`}
                label={t('Users')}
                value={namesOf(binding.subjects, 'user')}
                onChange={(text) =>
                  updateBinding(i, { subjects: subjectsFor(binding, 'user', text) })
                }
                helperText={t('Comma-separated user names.')}
              />
            </GridItem>
            <GridItem>
              <ListField
                field={`tenancy.roleBindings.${i}.groups`}
                label={t('Groups')}
                value={namesOf(binding.subjects, 'group')}
                onChange={(text) =>
                  updateBinding(i, { subjects: subjectsFor(binding, 'group', text) })
                }
                helperText={t('Comma-separated group names.')}
              />
            </GridItem>
          </Grid>
          <FieldMessages
            field={`tenancy.roleBindings.${i}`}
            messages={messagesFor(`tenancy.roleBindings.${i}`)}
          />
        </RemovableItemCard>
      ))}
      <div>
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          onClick={() => setBindings([...roleBindings, { name: '', roles: '', subjects: [] }])}
        >
          {t('Add role binding')}
        </Button>
      </div>
    </Stack>
  );
};
