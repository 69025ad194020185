import type { ScenarioCustomer } from '../emulator/core/seeds';
import type { AppBridge } from './bridge';

const FORM_TIMEOUT_MS = 5000;

/**
 * Signs in through the app's own sign-in form, as a person would: the
 * real password flow, the guest-cart choice and the error handling all
 * run. Setting a token behind the app's back would skip exactly what a
 * review should see. Whoever is signed in is signed out first.
 */
export async function signInAs(
  app: AppBridge,
  customer: Pick<ScenarioCustomer, 'email' | 'password'>,
): Promise<void> {
  const here = window.location.pathname;
  if (app.isSignedIn()) await app.signOut();
  if (here !== '/sign-in') {
    const returnTo = here.startsWith('/account') ? here : '/account';
    void app.navigate(`/sign-in?${new URLSearchParams({ returnTo })}`);
  }
  const form = await signInForm();
  fill(form, 'email', customer.email);
  fill(form, 'password', customer.password);
  form.requestSubmit();
}

async function signInForm(): Promise<HTMLFormElement> {
  const deadline = Date.now() + FORM_TIMEOUT_MS;
  for (;;) {
    const email = document.querySelector<HTMLInputElement>(
      'main form input[name="email"]',
    );
    const password = email?.form?.elements.namedItem('password');
    if (email?.form && password instanceof HTMLInputElement) return email.form;
    if (Date.now() > deadline) {
      throw new Error('The sign-in form did not appear.');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types into a field so both plain and React-controlled inputs see it. */
function fill(form: HTMLFormElement, name: string, value: string): void {
  const input = form.elements.namedItem(name);
  if (!(input instanceof HTMLInputElement)) return;
  const setValue = Object.getOwnPropertyDescriptor(
    HTMLInputElement.prototype,
    'value',
  )?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
