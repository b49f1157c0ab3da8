import { Island } from "./island";

/** Where the not-found-suggestions island writes "Did you mean": a prerendered 404 cannot know the missing address. */
export function NotFoundSuggestions() {
  return (
    <>
      <div id="not-found-suggestions" />
      <Island name="not-found-suggestions" />
    </>
  );
}
