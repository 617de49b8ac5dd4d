{{%AUTOESCAPE context="HTML"}}<h1>{{T_ERROR}} {{STATUS}}</h1>
<p class="error-message">{{MESSAGE}}</p>
<p><a href="/">{{T_ERR_BACK_HOME}}</a></p>
