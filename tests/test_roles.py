"""Editorial roles and the Publisher approval workflow."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Workflow

import pytest

from guidance.models import GlossaryTerm, GuidancePage

pytestmark = pytest.mark.django_db


def user_in(group_name, username=None):
    user = get_user_model().objects.create_user(
        username or group_name.lower(), password="x-123456789!"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def guidance_page(locale):
    return GuidancePage.objects.get(locale=locale, slug="eu-application-for-action")


def test_editor_edits_but_cannot_publish(en):
    permissions = guidance_page(en).permissions_for_user(user_in("Editors"))

    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_publisher_can_publish(en, zh):
    publisher = user_in("Publishers")

    assert guidance_page(en).permissions_for_user(publisher).can_publish()
    assert guidance_page(zh).permissions_for_user(publisher).can_publish()


def test_translator_edits_chinese_pages_only_and_publishes_nothing(en, zh):
    translator = user_in("Translators")

    english = guidance_page(en).permissions_for_user(translator)
    chinese = guidance_page(zh).permissions_for_user(translator)
    assert not english.can_edit() and not english.can_publish()
    assert chinese.can_edit() and not chinese.can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")


def test_translator_cannot_create_or_delete_glossary_terms(en):
    translator = user_in("Translators")

    assert translator.has_perm("guidance.change_glossaryterm")
    assert not translator.has_perm("guidance.add_glossaryterm")
    assert not translator.has_perm("guidance.delete_glossaryterm")


def test_guidance_goes_through_publisher_approval(en):
    page = guidance_page(en)
    editor, publisher = user_in("Editors"), user_in("Publishers")
    workflow = page.get_workflow()
    assert workflow == Workflow.objects.get(name="Publisher approval")

    page.title = "Preparing an application for action (revised)"
    revision = page.save_revision(user=editor)
    state = workflow.start(page, editor)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert "approve" in {name for name, *_ in task.get_actions(page, publisher)}
    assert task.get_actions(page, editor) == []

    task_state.task.specific.on_action(task_state, publisher, "approve")

    page.refresh_from_db()
    assert page.live and page.title == "Preparing an application for action (revised)"
    assert page.live_revision_id == revision.pk


def test_rejected_change_stays_unpublished(en):
    page = guidance_page(en)
    editor, publisher = user_in("Editors"), user_in("Publishers")
    original = page.title
    page.title = "Rejected change"
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)

    state.current_task_state.task.specific.on_action(state.current_task_state, publisher, "reject")

    page.refresh_from_db()
    assert page.title == original
    state.refresh_from_db()
    assert state.status == "needs_changes"


def test_glossary_term_permissions_for_editors(en):
    editor = user_in("Editors")

    assert editor.has_perm("guidance.change_glossaryterm")
    assert not editor.has_perm("guidance.delete_glossaryterm")
    assert GlossaryTerm.objects.exists()


@pytest.mark.parametrize(
    "group", ["Evaluation analysts", "Application reviewers", "Translators", "Editors"]
)
@pytest.mark.parametrize(
    "url", ["/admin/registrations/", "/admin/subscribers/", "/admin/subscribers/?export=csv"]
)
def test_groups_without_need_never_see_personal_data(client, group, url):
    client.force_login(user_in(group, username=f"u-{group[:4]}"))

    response = client.get(url)

    assert response.status_code in {302, 403}
