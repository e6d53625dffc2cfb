"""`paperlens`: run the stack, manage users."""

from __future__ import annotations

import argparse
import sys

from backend.settings import settings_from_env
from backend.store import UserStore, connect
from backend.store.users import UnknownUser, UserExists


def _users(args: argparse.Namespace) -> int:
    users = UserStore(connect(settings_from_env().redis_url))
    try:
        if args.users_command == "create":
            _, token = users.create(args.name)
        else:
            token = users.issue_token(users.user_id(args.name))
    except UserExists:
        print(f"user {args.name!r} exists; `paperlens users token {args.name}` issues another token", file=sys.stderr)
        return 1
    except UnknownUser:
        print(f"no user {args.name!r}; `paperlens users create {args.name}` makes one", file=sys.stderr)
        return 1
    print(token)
    return 0


def _up(args: argparse.Namespace) -> int:
    from backend.stack import run_stack

    return run_stack(settings_from_env())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="paperlens", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    up = commands.add_parser("up", help="run Redis (embedded unless REDIS_URL is set), the API, a worker and beat")
    up.set_defaults(handler=_up)

    users = commands.add_parser("users", help="create users and issue bearer tokens")
    users_commands = users.add_subparsers(dest="users_command", required=True)
    for name, help_text in (("create", "create a user and print its token"), ("token", "print a new token")):
        sub = users_commands.add_parser(name, help=help_text)
        sub.add_argument("name")
    users.set_defaults(handler=_users)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
