import { createContext, useContext, type ReactNode } from 'react';
import type { TempoStackForm } from './useTempoStackForm';

const TempoStackFormContext = createContext<TempoStackForm | undefined>(undefined);

/** Provides the form to its sections (the wizard's steps, the edit form's sections). */
export const TempoStackFormProvider = ({
  form,
  children,
}: {
  form: TempoStackForm;
  children: ReactNode;
}) => <TempoStackFormContext.Provider value={form}>{children}</TempoStackFormContext.Provider>;

/** The form of the enclosing `TempoStackFormProvider`. */
export const useFormContext = (): TempoStackForm => {
  const form = useContext(TempoStackFormContext);
  if (!form) throw new Error('useFormContext needs a TempoStackFormProvider');
  return form;
};
