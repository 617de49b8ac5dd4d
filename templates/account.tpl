{{%AUTOESCAPE context="HTML"}}<h1>{{T_ACCOUNT_TITLE}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}<dl class="facts">
<dt>{{T_ACCOUNT_USERNAME}}</dt><dd>{{USERNAME}}</dd>
<dt>{{T_ACCOUNT_DISPLAY_NAME}}</dt><dd>{{DISPLAY_NAME}}</dd>
</dl>
<section aria-labelledby="h-roles">
<h2 id="h-roles">{{T_ACCOUNT_ROLES}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-roles"><table>
<caption id="cap-roles">{{T_ACCOUNT_ROLES}}</caption>
<thead><tr><th scope="col">{{T_ACCOUNT_ROLE}}</th><th scope="col">{{T_ACCOUNT_SCOPE}}</th></tr></thead>
<tbody>
{{#GRANT}}<tr><td>{{ROLE}}</td><td>{{SCOPE}}</td></tr>
{{/GRANT}}</tbody>
</table></div>
</section>
<section aria-labelledby="h-tokens">
<h2 id="h-tokens">{{T_ACCOUNT_TOKENS}}</h2>
<p>{{T_ACCOUNT_TOKENS_INTRO}}</p>
{{#NEW_TOKEN}}<div class="new-token" role="status">
<p>{{T_ACCOUNT_TOKEN_SHOWN_ONCE}}</p>
<p><code id="new-token">{{TOKEN}}</code></p>
</div>
{{/NEW_TOKEN}}{{#NO_TOKENS}}<p>{{T_ACCOUNT_TOKEN_NONE}}</p>
{{/NO_TOKENS}}{{#HAS_TOKENS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-tokens"><table>
<caption id="cap-tokens">{{T_ACCOUNT_TOKENS}}</caption>
<thead><tr><th scope="col">{{T_ACCOUNT_TOKEN_LABEL}}</th><th scope="col">{{T_ACCOUNT_TOKEN_CREATED}}</th><th scope="col">{{T_ACCOUNT_TOKEN_USED}}</th><th scope="col">{{T_ACCOUNT_TOKEN_STATE}}</th></tr></thead>
<tbody>
{{#TOKEN}}<tr><td>{{LABEL}}</td><td>{{CREATED}}</td><td>{{USED}}</td><td>{{#TOKEN_ACTIVE}}{{T_ACCOUNT_TOKEN_ACTIVE}}
<form method="post" action="/account/tokens/{{ID}}/revoke" class="inline-button" aria-labelledby="revoke-{{ID}}"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary" id="revoke-{{ID}}">{{T_ACCOUNT_TOKEN_REVOKE}}<span class="visually-hidden"> {{LABEL}}</span></button></form>{{/TOKEN_ACTIVE}}{{#TOKEN_REVOKED}}{{T_ACCOUNT_TOKEN_REVOKED}}{{/TOKEN_REVOKED}}</td></tr>
{{/TOKEN}}</tbody>
</table></div>
{{/HAS_TOKENS}}<h3 id="h-token-new">{{T_ACCOUNT_TOKEN_NEW}}</h3>
{{#TOKEN_ERROR}}<p class="form-error" role="alert" id="label-error">{{MESSAGE}}</p>
{{/TOKEN_ERROR}}<form method="post" action="/account/tokens" class="stacked" aria-labelledby="h-token-new">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="label">{{T_ACCOUNT_TOKEN_LABEL}}</label>
<input id="label" name="label" type="text" maxlength="100"></p>
<p><label for="token-password">{{T_ACCOUNT_TOKEN_PASSWORD}}</label>
<input id="token-password" name="password" type="password" autocomplete="current-password" maxlength="1024" required></p>
<p><button type="submit">{{T_ACCOUNT_TOKEN_CREATE}}</button></p>
</form>
</section>
<section aria-labelledby="h-password">
<h2 id="h-password">{{T_ACCOUNT_PASSWORD_TITLE}}</h2>
{{#PASSWORD_ERROR}}<p class="form-error" role="alert" id="password-error">{{MESSAGE}}</p>
{{/PASSWORD_ERROR}}<form method="post" action="/account/password" class="stacked" aria-labelledby="h-password">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="text" name="username" autocomplete="username" value="{{USERNAME}}" hidden>
<p><label for="current">{{T_ACCOUNT_PW_CURRENT}}</label>
<input id="current" name="current" type="password" autocomplete="current-password" required></p>
<p><label for="password">{{T_ACCOUNT_PW_NEW}}</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="12" maxlength="1024" required aria-describedby="pw-hint">
<span class="hint" id="pw-hint">{{T_ACCOUNT_PW_HINT}}</span></p>
<p><label for="password2">{{T_ACCOUNT_PW_REPEAT}}</label>
<input id="password2" name="password2" type="password" autocomplete="new-password" minlength="12" maxlength="1024" required></p>
<p><input id="revoke-tokens" name="revoke_tokens" type="checkbox" value="1" checked>
<label for="revoke-tokens">{{T_ACCOUNT_PW_REVOKE_TOKENS}}</label></p>
<p><button type="submit">{{T_ACCOUNT_PW_SAVE}}</button></p>
</form>
</section>
