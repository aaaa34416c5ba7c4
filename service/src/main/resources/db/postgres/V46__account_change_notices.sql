-- Every change of a user account is notified on channel taiwa_account_changed with the account's id,
-- delivered when the changing transaction commits, to every node listening (AccountChangeListener):
-- they keep the accounts of recent callers and must drop a disabled account's copy at once. A
-- trigger hears every writer: any node, the command-line tools, SQL by hand. (SQLite has no such
-- notice: there every request reads its caller's account, and no V46 exists.)
CREATE FUNCTION user_account_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('taiwa_account_changed', OLD.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER user_account_notify_change AFTER UPDATE OR DELETE ON user_account
    FOR EACH ROW EXECUTE FUNCTION user_account_changed();
