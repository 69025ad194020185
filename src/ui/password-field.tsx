import { useState } from 'react';

import { fieldId } from './field-ids';
import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';
import { TextField, type TextFieldProps } from './text-field';

type Props = Omit<TextFieldProps, 'type'>;

/** A password input with a real, labelled show/hide button. */
export function PasswordField(props: Props) {
  const t = useT(coreMessages);
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-field">
      <TextField {...props} type={visible ? 'text' : 'password'} />
      <button
        type="button"
        className="button button-small"
        aria-pressed={visible}
        aria-controls={fieldId(props.name)}
        onClick={() => setVisible((shown) => !shown)}
      >
        {t('ui.showPassword')}
      </button>
    </div>
  );
}
