import { useState } from 'react';

import { fieldId } from './field-ids';
import { TextField, type TextFieldProps } from './text-field';

type Props = Omit<TextFieldProps, 'type'>;

/** A password input with a real, labelled show/hide button. */
export function PasswordField(props: Props) {
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
        Show password
      </button>
    </div>
  );
}
