import { ConfigError } from '../api/config-error';

/**
 * Shows why the app could not start instead of a blank page. Registered
 * before anything else is evaluated, so it also catches a bad
 * configuration, which throws while the modules load. Known shortcoming:
 * always in English, as the translations may be what failed to load.
 */
export function showStartupError(error: unknown): void {
  const root = document.getElementById('root');
  if (!root || root.childElementCount > 0) return;

  const main = document.createElement('main');
  main.className = 'startup-error';
  const heading = document.createElement('h1');
  heading.textContent = 'My Account could not start';
  const text = document.createElement('p');
  text.textContent =
    error instanceof ConfigError
      ? 'The app is configured wrongly:'
      : 'Please reload the page. If this keeps happening, try again later.';
  main.append(heading, text);

  if (error instanceof ConfigError) {
    const list = document.createElement('ul');
    for (const problem of error.problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    main.append(list);
  }
  root.replaceChildren(main);
}

window.addEventListener('error', (event) => showStartupError(event.error));
