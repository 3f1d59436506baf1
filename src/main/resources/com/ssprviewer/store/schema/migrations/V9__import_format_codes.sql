-- The import log names formats by stable codes instead of the names of the program's constants, so renaming a
-- constant can never change what a store on disk says. Refused files have no format and keep NULL.
UPDATE imports SET format = CASE format
    WHEN 'CLASSIC_RESET_CSV' THEN 'classic-reset-csv'
    WHEN 'CLASSIC_REGISTRATION_CSV' THEN 'classic-registration-csv'
    WHEN 'AUDIT_CSV' THEN 'audit-csv'
    WHEN 'AUDIT_JSON' THEN 'audit-json'
    WHEN 'GRAPH_JSON' THEN 'graph-json'
    WHEN 'ROLE_LIST_CSV' THEN 'role-list-csv'
    ELSE format END
WHERE format IN ('CLASSIC_RESET_CSV', 'CLASSIC_REGISTRATION_CSV', 'AUDIT_CSV', 'AUDIT_JSON', 'GRAPH_JSON',
    'ROLE_LIST_CSV');
