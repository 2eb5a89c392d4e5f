// The application form: Enter in the "save and continue later" e-mail field saves the draft
// (the form's default button would otherwise send the step). Without JavaScript the button
// next to the field does the same.
document.addEventListener("keydown", function (event) {
  var field = event.target;
  if (event.key !== "Enter" || !field.name || field.name.slice(-"draft_email".length) !== "draft_email") {
    return;
  }
  var button = field.form && field.form.querySelector('button[name="save_draft"]');
  if (button) {
    event.preventDefault();
    button.click();
  }
});
