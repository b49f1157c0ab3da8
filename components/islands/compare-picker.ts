import { compareUrl } from "@/lib/site/routes";

/*
 * The role picker on /compare: a GET form to /compare/go, which the server answers with a
 * redirect to the pair. With this island the browser goes straight to the pair's page, so the
 * picker also works on a static host, and refuses a role compared with itself.
 */

export function enhanceComparePicker(form: HTMLFormElement, go: (url: string) => void = (url) => location.assign(url)): void {
  const error = form.querySelector<HTMLElement>("[data-pick-error]");
  const clear = () => {
    if (error) error.textContent = "";
  };
  form.addEventListener("change", clear);
  form.addEventListener("submit", (e) => {
    const data = new FormData(form);
    const a = String(data.get("a"));
    const b = String(data.get("b"));
    e.preventDefault();
    if (a === b) {
      if (error) error.textContent = "Choose two different roles.";
      return;
    }
    go(compareUrl(encodeURIComponent(a), encodeURIComponent(b)));
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-compare-picker]")) enhanceComparePicker(form);
