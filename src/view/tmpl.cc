// tmpl.cc: the only C++ in Koers: a thin extern "C" shim over ctemplate.
// No exception crosses into C: every entry point catches and reports.  A
// failure while a dictionary is filled (memory ran out) is logged and kept
// with the dictionary, and its tmpl_render() then returns NULL: a page is
// refused (500), never served with a value or a row silently missing.
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <dirent.h>
#include <pthread.h>
#include <sys/stat.h>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
#include "log.h"
}
#include "tmpl.h"

using ctemplate::TemplateDictionary;

static bool tmpl_dev;
static std::string tmpl_dir;

// The catalogue (static texts, never copied).  Filled before serving starts
// and only read afterwards, so threads share it without a lock.
struct tmpl_entry {
	const char	*key;
	const char	*text[TMPL_LANGS];
};
static std::vector<tmpl_entry>		tmpl_catalogue;
static std::map<std::string, size_t>	tmpl_catalogue_ix;

// --dev: the template files and when each was loaded, to reload on change.
static std::map<std::string, struct timespec>	tmpl_mtime;
static pthread_mutex_t			tmpl_dev_mtx = PTHREAD_MUTEX_INITIALIZER;

// A catalogue text could not be registered: tmpl_init() refuses to start.
static bool tmpl_text_failed;
// Tests only (tmpl_test_fail()): the how-manieth next fill fails.
static int tmpl_test_countdown;

// What C holds: a dictionary and the tree (one per tmpl_new()) it belongs
// to.  The tree owns the dictionaries (through its root) and these handles,
// and remembers the first failure.
struct tmpl_tree;
struct tmpl {
	TemplateDictionary	*d;
	struct tmpl_tree	*tree;
};
struct tmpl_tree {
	TemplateDictionary	 root;
	std::deque<struct tmpl>	 handles;	// stable addresses; [0] is root
	bool			 failed;
	tmpl_tree() : root("page"), failed(false) {}
};

static TemplateDictionary *
dict(struct tmpl *t)
{
	return t->d;
}

// A handle for d, a dictionary of t's tree.  Throws when memory runs out.
static struct tmpl *
wrap(struct tmpl *t, TemplateDictionary *d)
{
	struct tmpl h = { d, t->tree };

	t->tree->handles.push_back(h);
	return &t->tree->handles.back();
}

// Tests make a fill fail as if memory had run out.
static void
tmpl_test_point(void)
{
	if (tmpl_test_countdown > 0 && --tmpl_test_countdown == 0)
		throw std::bad_alloc();
}

// A fill of t failed: say so once per tree, and refuse its render.
static void
tmpl_fail(struct tmpl *t, const char *what, const char *name)
{
	if (!t->tree->failed)
		log_err("templates: %s %s failed (out of memory); the page "
		    "will not be rendered", what, name != NULL ? name : "");
	t->tree->failed = true;
}

extern "C" void
tmpl_test_fail(int n)
{
	tmpl_test_countdown = n;
}

extern "C" void
tmpl_text(const char *key, const char *text_nl, const char *text_en)
{
	try {
		tmpl_entry e = { key, { text_nl, text_en } };

		tmpl_test_point();
		tmpl_catalogue_ix[key] = tmpl_catalogue.size();
		tmpl_catalogue.push_back(e);
	} catch (...) {
		log_err("templates: cannot register text %s (out of memory)",
		    key);
		tmpl_text_failed = true;
	}
}

// The name a catalogue text has in language lang: T_KEY__0, T_KEY__1.
static std::string
tmpl_lang_name(const std::string &key, int lang)
{
	return key + "__" + static_cast<char>('0' + lang);
}

// The cache key of file compiled for lang.
static std::string
tmpl_lang_file(const char *file, int lang)
{
	if (lang < 0 || lang >= TMPL_LANGS)
		lang = 0;
	return std::string(file) + "#" + static_cast<char>('0' + lang);
}

// Every catalogue text, in each language, into ctemplate's global
// dictionary, once: a render then adds no text to its dictionary.
static bool
tmpl_globals(void)
{
	size_t	i;
	int	l;

	for (i = 0; i < tmpl_catalogue.size(); i++) {
		if (std::strstr(tmpl_catalogue[i].key, "__") != NULL) {
			std::fprintf(stderr, "templates: catalogue key %s may not "
			    "contain \"__\"\n", tmpl_catalogue[i].key);
			return false;
		}
		for (l = 0; l < TMPL_LANGS; l++)
			TemplateDictionary::SetGlobalValue(
			    tmpl_lang_name(tmpl_catalogue[i].key, l),
			    tmpl_catalogue[i].text[l]);
	}
	return true;
}

// text with each {{T_KEY...}} renamed to the key's text in lang.  A key
// that is not in the catalogue is reported (it would render empty).
static bool
tmpl_localise(const std::string &file, const std::string &text, int lang,
    std::string &out)
{
	std::string	key;
	size_t		at = 0, from = 0, end;
	bool		ok = true;

	out.clear();
	while ((at = text.find("{{T_", at)) != std::string::npos) {
		at += 2;
		end = at;
		while (end < text.size() && (std::isupper((unsigned char)text[end]) ||
		    std::isdigit((unsigned char)text[end]) || text[end] == '_'))
			end++;
		key = text.substr(at, end - at);
		if (tmpl_catalogue_ix.find(key) == tmpl_catalogue_ix.end()) {
			std::fprintf(stderr, "templates: %s/%s names %s, which "
			    "is not in the catalogue\n", tmpl_dir.c_str(),
			    file.c_str(), key.c_str());
			ok = false;
		}
		out.append(text, from, end - from);
		out += tmpl_lang_name(std::string(), lang);
		from = at = end;
	}
	out.append(text, from, std::string::npos);
	return ok;
}

// Read file from the template folder and compile it once per language into
// the template cache (replacing what was there).  Reports and returns
// false when it cannot be read, does not parse, or names unknown texts.
static bool
tmpl_load(const std::string &file)
{
	std::ifstream		 in((tmpl_dir + "/" + file).c_str());
	std::stringstream	 ss;
	std::string		 text, local, key;
	struct stat		 sb;
	bool			 ok = true;
	int			 l;

	if (!in) {
		std::fprintf(stderr, "templates: cannot read %s/%s\n",
		    tmpl_dir.c_str(), file.c_str());
		return false;
	}
	ss << in.rdbuf();
	text = ss.str();
	for (l = 0; l < TMPL_LANGS; l++) {
		if (!tmpl_localise(file, text, l, local))
			ok = false;
		key = tmpl_lang_file(file.c_str(), l);
		ctemplate::mutable_default_template_cache()->Delete(key);
		if (!ctemplate::StringToTemplateCache(key, local,
		    ctemplate::STRIP_BLANK_LINES)) {
			std::fprintf(stderr, "templates: %s/%s does not "
			    "parse; fix it and start again\n", tmpl_dir.c_str(),
			    file.c_str());
			ok = false;
		}
	}
	if (stat((tmpl_dir + "/" + file).c_str(), &sb) == 0)
		tmpl_mtime[file] = sb.st_mtim;
	return ok;
}

// --dev: reload the templates whose file changed since they were loaded.
static void
tmpl_dev_reload(void)
{
	std::map<std::string, struct timespec>::iterator	it;
	struct stat				sb;

	pthread_mutex_lock(&tmpl_dev_mtx);
	for (it = tmpl_mtime.begin(); it != tmpl_mtime.end(); ++it)
		if (stat((tmpl_dir + "/" + it->first).c_str(), &sb) == 0 &&
		    (sb.st_mtim.tv_sec != it->second.tv_sec ||
		    sb.st_mtim.tv_nsec != it->second.tv_nsec))
			(void)tmpl_load(it->first);
	pthread_mutex_unlock(&tmpl_dev_mtx);
}

// Load every *.tpl in dir, each compiled once per language.  Returns 1 if
// all parse and name only catalogue texts, 0 (with a message on standard
// error naming the file) otherwise.
extern "C" int
tmpl_init(const char *dir, int dev)
{
	DIR		*dp;
	struct dirent	*de;
	int		 ok = 1, n = 0;
	size_t		 len;

	tmpl_dev = dev != 0;
	if (tmpl_text_failed) {
		std::fprintf(stderr, "templates: the catalogue is incomplete\n");
		return 0;
	}
	try {
		tmpl_dir = dir;
		if (!tmpl_globals())
			return 0;
		if ((dp = opendir(dir)) == NULL) {
			std::fprintf(stderr, "templates: cannot open %s\n", dir);
			return 0;
		}
		while ((de = readdir(dp)) != NULL) {
			len = std::strlen(de->d_name);
			if (len < 5 || std::strcmp(de->d_name + len - 4, ".tpl") != 0)
				continue;
			n++;
			if (!tmpl_load(de->d_name))
				ok = 0;
		}
		closedir(dp);
	} catch (...) {
		std::fprintf(stderr, "templates: out of memory while loading\n");
		return 0;
	}
	if (n == 0) {
		std::fprintf(stderr, "templates: no *.tpl in %s\n", dir);
		return 0;
	}
	return ok;
}

extern "C" void
tmpl_set_global(const char *name, const char *val)
{
	try {
		TemplateDictionary::SetGlobalValue(name, val);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_new(void)
{
	struct tmpl_tree *tree = NULL;

	try {
		struct tmpl h;

		tmpl_test_point();
		tree = new tmpl_tree;
		h.d = &tree->root;
		h.tree = tree;
		tree->handles.push_back(h);
		return &tree->handles.front();
	} catch (...) {
		log_err("templates: no dictionary (out of memory)");
		delete tree;
		return NULL;
	}
}

// Free the dictionary tmpl_new() gave, with everything below it.
extern "C" void
tmpl_free(struct tmpl *t)
{
	if (t != NULL)
		delete t->tree;
}

extern "C" void
tmpl_set(struct tmpl *t, const char *name, const char *val)
{
	try {
		tmpl_test_point();
		dict(t)->SetValue(name, val != NULL ? val : "");
	} catch (...) {
		tmpl_fail(t, "value", name);
	}
}

extern "C" void
tmpl_setn(struct tmpl *t, const char *name, const char *val, size_t len)
{
	try {
		tmpl_test_point();
		dict(t)->SetValue(name, ctemplate::TemplateString(val, len));
	} catch (...) {
		tmpl_fail(t, "value", name);
	}
}

extern "C" void
tmpl_set_int(struct tmpl *t, const char *name, long long val)
{
	try {
		tmpl_test_point();
		dict(t)->SetFormattedValue(name, "%lld", val);
	} catch (...) {
		tmpl_fail(t, "value", name);
	}
}

// A new section dictionary, or NULL (logged; the render then fails too).
extern "C" struct tmpl *
tmpl_section(struct tmpl *t, const char *name)
{
	try {
		tmpl_test_point();
		return wrap(t, dict(t)->AddSectionDictionary(name));
	} catch (...) {
		tmpl_fail(t, "section", name);
		return NULL;
	}
}

extern "C" void
tmpl_show(struct tmpl *t, const char *name)
{
	try {
		tmpl_test_point();
		dict(t)->ShowSection(name);
	} catch (...) {
		tmpl_fail(t, "section", name);
	}
}

// A new include dictionary, or NULL (logged; the render then fails too).
extern "C" struct tmpl *
tmpl_include(struct tmpl *t, const char *name, const char *file, int lang)
{
	try {
		TemplateDictionary *d;

		tmpl_test_point();
		d = dict(t)->AddIncludeDictionary(name);
		d->SetFilename(tmpl_lang_file(file, lang));
		return wrap(t, d);
	} catch (...) {
		tmpl_fail(t, "include", name);
		return NULL;
	}
}

// Expand file with t, with the catalogue texts it names in lang, into a
// malloc'd, NUL-terminated string.  NULL on error, and when filling t
// failed (tmpl_fail() has said what).
extern "C" char *
tmpl_render(const char *file, struct tmpl *t, int lang, size_t *len)
{
	if (t->tree->failed)
		return NULL;
	try {
		std::string	 out;
		char		*buf;

		if (tmpl_dev)
			tmpl_dev_reload();
		out.reserve(16384);
		if (!ctemplate::ExpandTemplate(tmpl_lang_file(file, lang),
		    ctemplate::STRIP_BLANK_LINES, dict(t), &out))
			return NULL;
		if ((buf = static_cast<char *>(std::malloc(out.size() + 1))) == NULL)
			return NULL;
		std::memcpy(buf, out.data(), out.size());
		buf[out.size()] = '\0';
		if (len != NULL)
			*len = out.size();
		return buf;
	} catch (...) {
		log_err("templates: %s not rendered (out of memory)", file);
		return NULL;
	}
}
