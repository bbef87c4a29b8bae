"""Sign-in locks (django-axes, configured in cms/settings/base.py): the page a
locked-out guesser gets, and the admin page where an administrator lifts a
lock by user name or address."""

from axes.utils import reset
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the sign-in page's look, saying what happened."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "core/admin/sign_in_locked.html", {"minutes": minutes},
                  status=settings.AXES_HTTP_RESPONSE_CODE)


def may_unlock(user) -> bool:
    return user.is_active and user.has_perm("auth.change_user")


class UnlockForm(forms.Form):
    username = forms.CharField(label=gettext_lazy("User name"), required=False, max_length=150)
    address = forms.GenericIPAddressField(label=gettext_lazy("IP address"), required=False,
                                          help_text=gettext_lazy("Where the attempts came from."))

    def clean(self):
        data = super().clean()
        if not data.get("username") and not data.get("address"):
            raise forms.ValidationError(_("Give a user name, an IP address or both."))
        return data


def sign_in_locks(request):
    if not may_unlock(request.user):
        raise PermissionDenied
    form = UnlockForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        username, address = form.cleaned_data["username"], form.cleaned_data["address"]
        reset(username=username or None, ip=address or None)
        who = " / ".join(value for value in (username, address) if value)
        messages.success(request, _("%(who)s can sign in again.") % {"who": who})
        return redirect("sign_in_locks")
    return render(request, "core/admin/sign_in_locks.html", {
        "page_title": _("Sign-in locks"), "header_title": _("Sign-in locks"), "header_icon": "lock",
        "form": form, "limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    })


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_unlock(request.user)


@hooks.register("register_admin_urls")
def register_sign_in_locks_url():
    return [path("sign-in-locks/", sign_in_locks, name="sign_in_locks")]


@hooks.register("register_settings_menu_item")
def register_sign_in_locks_menu_item():
    return AdministratorsMenuItem(_("Sign-in locks"), reverse("sign_in_locks"), icon_name="lock", order=610)
